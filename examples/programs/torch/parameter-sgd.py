# correct: weights as nn.Parameter, nn.MSELoss, torch.optim.SGD
import torch
from torch import nn

torch.manual_seed(123)
x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
W1 = nn.Parameter(torch.rand(2, 2))
W2 = nn.Parameter(torch.rand(2, 2))
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD([W1, W2], lr=0.5)
for epoch in range(20):
    pred = torch.sigmoid(torch.sigmoid(x @ W1) @ W2)
    loss = loss_fn(pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 5 == 0:
        print("epoch: {}, loss: {:.6f}".format(epoch, loss.item()))
