import torch
import torch.nn as nn
torch.manual_seed(0)
for n_in, n_out in [(2, 2), (3, 4), (5, 1), (10, 3)]:
    lin = nn.Linear(n_in, n_out)
    print(lin.weight.detach().numpy().tolist(), lin.bias.tolist())
print(nn.init.uniform_(torch.empty(8), -0.3, 0.7).tolist())
print(nn.init.xavier_uniform_(torch.empty(3, 5)).tolist())
print(nn.init.kaiming_uniform_(torch.empty(4, 3), a=0.2).tolist())
print(torch.empty(6).uniform_(1.5, 2.5).tolist())
torch.set_default_dtype(torch.float64)
lin = nn.Linear(3, 2)
print(lin.weight.tolist(), lin.bias.tolist())
print(torch.empty(5).uniform_(-1, 3).tolist())
