# correct: the gradients from torch.autograd.grad(loss, w) instead of backward(), subtracted under no_grad
import torch

x1, x2 = torch.tensor(0.5), torch.tensor(0.3)
y1, y2 = torch.tensor(0.23), torch.tensor(-0.07)
w = [torch.tensor(v, requires_grad=True) for v in [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]]
lr = 1.0

for epoch in range(5):
    h1 = torch.sigmoid(w[0] * x1 + w[2] * x2)
    h2 = torch.sigmoid(w[1] * x1 + w[3] * x2)
    o1 = torch.sigmoid(w[4] * h1 + w[6] * h2)
    o2 = torch.sigmoid(w[5] * h1 + w[7] * h2)
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
    grads = torch.autograd.grad(loss, w)
    with torch.no_grad():
        for wi, gi in zip(w, grads):
            wi -= lr * gi
    print("epoch", epoch, "loss", round(loss.item(), 6))
print([round(v.item(), 4) for v in w])
