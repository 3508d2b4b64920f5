# The lecture's network with weight matrices, updated in place by sub_ inside torch.no_grad()
import torch

x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
W1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], requires_grad=True)
W2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], requires_grad=True)
lr = 0.5

for epoch in range(4):
    out = torch.sigmoid(torch.mm(torch.sigmoid(torch.mm(x, W1)), W2))
    loss = torch.mean((out - y) ** 2)
    loss.backward()
    with torch.no_grad():
        W1.sub_(lr * W1.grad)
        W2.add_(-lr * W2.grad)
        W1.grad.zero_()
        W2.grad.zero_()
    print(epoch, "%.6f" % loss.item())
print(W1)
print(W2)
