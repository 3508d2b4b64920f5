# Homework 3 as a module whose weights are set by load_state_dict (the lecture's w1..w8), trained by hand
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 2, bias=False)
        self.output = nn.Linear(2, 2, bias=False)

    def forward(self, x):
        return torch.sigmoid(self.output(torch.sigmoid(self.hidden(x))))


net = Net()
net.load_state_dict({"hidden.weight": torch.tensor([[0.2, -0.4], [0.5, 0.6]]),
                     "output.weight": torch.tensor([[0.1, -0.5], [-0.3, 0.8]])})
x = torch.tensor([0.5, 0.3])
y = torch.tensor([0.23, -0.07])
step = 1.0
for epoch in range(10):
    o = net(x)
    loss = 0.5 * torch.sum((o - y) ** 2)
    net.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in net.parameters():
            p -= step * p.grad
    print(epoch, round(loss.item(), 6))
for name, value in net.state_dict().items():
    print(name, [round(v, 5) for v in value.flatten().tolist()])
