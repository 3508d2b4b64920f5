# Homework 3 with matrices, ReLU hidden units and a leaky-ReLU output (F.leaky_relu, negative_slope=0.1), the update
# W.sub_(lr * W.grad) and the zeroing inside torch.no_grad()
import torch
import torch.nn.functional as F

x = torch.tensor([0.5, 0.3])
y = torch.tensor([0.23, -0.07])
W1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], requires_grad=True)
W2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], requires_grad=True)
for epoch in range(20):
    h = torch.relu(x @ W1)
    o = F.leaky_relu(h @ W2, negative_slope=0.1)
    loss = 0.5 * torch.sum((o - y) ** 2)
    loss.backward()
    with torch.no_grad():
        W1.sub_(0.5 * W1.grad)
        W2.sub_(0.5 * W2.grad)
        W1.grad.zero_()
        W2.grad.zero_()
    if epoch % 5 == 0:
        print(f"epoch={epoch} loss={loss.item():.7f}")
print(o)
