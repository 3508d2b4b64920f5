# An nn.Module whose update walks up the gradient: p += lr * p.grad over model.parameters() (one planted mistake;
# the nn.Linear weights are replaced by nn.Parameter in __init__, the loss is nn.MSELoss())
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 2, bias=False)
        self.out = nn.Linear(2, 2, bias=False)
        self.sigmoid = nn.Sigmoid()
        self.hidden.weight = nn.Parameter(torch.tensor([[0.2, 0.5], [-0.4, 0.6]]))
        self.out.weight = nn.Parameter(torch.tensor([[0.1, -0.3], [-0.5, 0.8]]))

    def forward(self, x):
        return self.sigmoid(self.out(self.sigmoid(self.hidden(x))))


model = Net()
print([name for name, _ in model.named_parameters()])
x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
loss_fn = nn.MSELoss()
lr = 0.5
for epoch in range(20):
    loss = loss_fn(model(x), y)
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p += lr * p.grad
    if epoch % 5 == 0:
        print(epoch, round(loss.item(), 6))
