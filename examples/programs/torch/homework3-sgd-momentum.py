# Homework 3 with matrices W1, W2 (2x2 tensors), torch.optim.SGD(lr=0.5, momentum=0.9): the step follows the
# momentum buffer, while each epoch's .grad is still the gradient of that epoch's loss
import torch

x = torch.tensor([[0.5], [0.3]])
y = torch.tensor([[0.23], [-0.07]])
W1 = torch.tensor([[0.2, 0.5], [-0.4, 0.6]], requires_grad=True)
W2 = torch.tensor([[0.1, -0.3], [-0.5, 0.8]], requires_grad=True)
optimizer = torch.optim.SGD([W1, W2], lr=0.5, momentum=0.9)
for epoch in range(15):
    h = torch.sigmoid(W1 @ x)
    out = torch.sigmoid(W2 @ h)
    loss = 0.5 * torch.sum((out - y) ** 2)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 3 == 0:
        print(epoch, round(loss.item(), 7))
print(W1)
print(W2)
