import torch
from torch import nn
torch.manual_seed(0)
p = nn.Parameter(torch.tensor([0.2, -0.4]))
print(p)
q = nn.Parameter(torch.rand(2, 2) * 0.5, requires_grad=False)
print(q, p.is_leaf, p.requires_grad, q.requires_grad)
r = p * 2
print(r, p.data, repr(p))
print([p])
s = (p ** 2).sum()
s.backward()
print(p.grad)
