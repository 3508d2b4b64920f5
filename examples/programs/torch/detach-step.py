# Homework 3 with matrices, the update written outside torch.no_grad(): each step makes a new leaf,
# W = (W - lr * W.grad).detach().requires_grad_(True), so no gradient is ever zeroed
import torch

x = torch.tensor([0.5, 0.3])
y = torch.tensor([0.23, -0.07])
W1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], requires_grad=True)
W2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], requires_grad=True)
lr = 1.0
for epoch in range(20):
    o = torch.sigmoid(torch.sigmoid(x @ W1) @ W2)
    loss = 0.5 * ((o - y) ** 2).sum()
    loss.backward()
    W1 = (W1 - lr * W1.grad).detach().requires_grad_(True)
    W2 = (W2 - lr * W2.grad).detach().requires_grad_()
    if epoch % 5 == 0:
        print(epoch, round(loss.item(), 6))
print(W1, W2.is_leaf, W2.grad)
