# d2l-style training with the per-sample loss in a variable named loss (nn.MSELoss(reduction='none'): one number per
# sample) and loss.mean().backward(): the loss differentiated is loss.mean(), the tensor backward() was called on
import torch
from torch import nn
X = torch.tensor([[0.1, -0.5], [1.2, 0.3], [-0.7, 0.8], [0.4, 1.5]])
y = torch.tensor([[1.0], [2.0], [0.5], [-1.0]])
net = nn.Sequential(nn.Linear(2, 1))
with torch.no_grad():
    net[0].weight.copy_(torch.tensor([[0.3, -0.2]]))
    net[0].bias.fill_(0.1)
loss_fn = nn.MSELoss(reduction='none')
trainer = torch.optim.SGD(net.parameters(), lr=0.03)
for epoch in range(3):
    loss = loss_fn(net(X), y)
    trainer.zero_grad()
    loss.mean().backward()
    trainer.step()
    print(f'epoch {epoch + 1}, loss {float(loss.mean()):.4f}')
