# WRONG: delta1 uses W2 instead of W2.T.
# Homework 3 in matrix form: hand gradients each epoch compared with autograd's by torch.allclose, then the
# update with the hand gradients under torch.no_grad(), w.grad.zero_() after
import torch

x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
W1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], requires_grad=True)
W2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], requires_grad=True)
lr = 1.0
for epoch in range(4):
    h = torch.sigmoid(x @ W1)
    o = torch.sigmoid(h @ W2)
    loss = 0.5 * ((o - y) ** 2).sum()
    loss.backward()
    delta2 = (o - y) * o * (1 - o)
    dW2 = h.T @ delta2
    delta1 = (delta2 @ W2) * h * (1 - h)
    dW1 = x.T @ delta1
    print(epoch, round(loss.item(), 6), torch.allclose(dW1, W1.grad), torch.allclose(dW2, W2.grad))
    with torch.no_grad():
        W1 -= lr * dW1
        W2 -= lr * dW2
    W1.grad.zero_()
    W2.grad.zero_()
print(W1.detach().numpy().round(4).tolist(), W2.detach().numpy().round(4).tolist())
