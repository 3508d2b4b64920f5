# Homework 3 as an nn.Module holding its weight matrices as nn.Parameter, nn.Sigmoid() as a sub-module,
# opt.zero_grad() / loss.backward() / opt.step()
import torch
from torch import nn


class TwoLayer(nn.Module):
    def __init__(self):
        super(TwoLayer, self).__init__()
        self.W1 = nn.Parameter(torch.tensor([[0.2, -0.4], [0.5, 0.6]]))
        self.W2 = nn.Parameter(torch.tensor([[0.1, -0.5], [-0.3, 0.8]]))
        self.act = nn.Sigmoid()

    def forward(self, x):
        return self.act(self.act(x @ self.W1) @ self.W2)


net = TwoLayer()
x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
opt = torch.optim.SGD(net.parameters(), lr=1)
for epoch in range(1, 21):
    pred = net(x)
    loss = 0.5 * ((pred - y) ** 2).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print('epoch %d loss %.6f' % (epoch, loss.item()))
for name, param in net.named_parameters():
    print(name, tuple(param.shape), param.grad)
print(net(x).detach())
