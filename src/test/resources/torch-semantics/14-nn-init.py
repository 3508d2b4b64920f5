import torch
import torch.nn as nn
torch.manual_seed(0)
w = torch.empty(2, 3)
print(nn.init.uniform_(w, -0.5, 0.5))
print(nn.init.normal_(w, mean=1.0, std=0.1))
print(nn.init.constant_(w, 0.3), nn.init.zeros_(torch.empty(2)), nn.init.ones_(torch.empty(1, 2)))
print(nn.init.xavier_uniform_(torch.empty(3, 2)))
print(nn.init.xavier_normal_(torch.empty(2, 2), gain=2.0))
print(nn.init.kaiming_uniform_(torch.empty(4, 2), a=0.1))
print(nn.init.kaiming_normal_(torch.empty(2, 3), mode='fan_out', nonlinearity='relu'))
print(torch.empty(5).uniform_(0, 2), torch.zeros(3).normal_(0, 0.5))
lin = nn.Linear(2, 2)
nn.init.xavier_uniform_(lin.weight)
nn.init.zeros_(lin.bias)
print(lin.weight, lin.bias, lin.weight.is_leaf)
lin(torch.tensor([[1.0, 2.0]])).sum().backward()
print(lin.weight.grad, lin.bias.grad)
layers = nn.ModuleList([nn.Linear(2, 3), nn.Linear(3, 1)])
layers.append(nn.Sigmoid())
print(layers)
print(len(layers), [type(m).__name__ for m in layers], layers[1].out_features)
print(layers[:2])


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])

    def forward(self, x):
        for layer in self.layers:
            x = torch.tanh(layer(x))
        return x


net = Net()
print([n for n, p in net.named_parameters()])
print(net(torch.tensor([0.5, 0.3])))
seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
for m in seq:
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
print(seq[0].weight, isinstance(seq[1], nn.Linear))
w = torch.ones(2, requires_grad=True)
try:
    w.uniform_()
except RuntimeError as e:
    print(e)
try:
    nn.init.xavier_uniform_(torch.empty(3))
except ValueError as e:
    print(e)
torch.set_default_dtype(torch.float64)
print(nn.init.normal_(torch.empty(17)))
