import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
lin = nn.Linear(2, 3)
print(lin)
print(lin.weight)
print(lin.bias)
print(lin.in_features, lin.out_features, type(lin).__name__, isinstance(lin, nn.Module))
x = torch.tensor([[0.5, 0.3]])
out = lin(x)
print(out)
print(lin(torch.tensor([0.5, 0.3])))
out.sum().backward()
print(lin.weight.grad, lin.bias.grad)
lin.zero_grad()
print(lin.weight.grad)
nb = nn.Linear(3, 2, bias=False)
print(nb, nb.bias)
print(nb(out.detach()))
with torch.no_grad():
    nb.weight.copy_(torch.tensor([[0.1, -0.3, 0.2], [-0.5, 0.8, 0.4]]))
print(nb.weight, nb.weight.is_leaf, nb.weight.requires_grad)
(nb(out.detach()) ** 2).sum().backward()
print(nb.weight.grad)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 2, bias=False)
        self.act = nn.Sigmoid()
        self.fc2 = nn.Linear(2, 2)
        self.scale = nn.Parameter(torch.tensor(2.0))
        self.plain = torch.ones(2, requires_grad=True)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x))) * self.scale


net = Net()
print(net)
for name, p in net.named_parameters():
    print(name, p.shape, p.requires_grad)
print(len(list(net.parameters())), [c for c in net.children()])
y = net(x)
print(y)
loss = F.mse_loss(y, torch.tensor([[0.23, -0.07]]))
loss.backward()
print(net.fc1.weight.grad, net.scale.grad, net.plain.grad)
net.zero_grad()
print(net.fc2.bias.grad)
seq = nn.Sequential(nn.Linear(2, 2), nn.LeakyReLU(0.2), nn.Linear(2, 1), nn.Tanh())
print(seq)
print(seq[0].weight, len(seq), seq[-1])
print(seq(x))
print([n for n, _ in seq.named_parameters()])
print(F.leaky_relu(torch.tensor([-1.0, 0.0, 2.0]), 0.1), nn.LeakyReLU()(torch.tensor([-3.0, 1.5])))
z = torch.tensor([-1.0, 0.5], requires_grad=True)
F.leaky_relu(z).sum().backward()
print(z.grad)
print(F.linear(x, torch.tensor([[1.0, 2.0]]), torch.tensor([0.5])))
torch.set_default_dtype(torch.float64)
print(nn.Linear(2, 2).weight)
