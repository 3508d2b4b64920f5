# Homework 3 with the update in a function decorated @torch.no_grad()
import torch

x = torch.tensor([0.5, 0.3])
y = torch.tensor([0.23, -0.07])
w = [torch.tensor(v, requires_grad=True) for v in [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]]
w1, w2, w3, w4, w5, w6, w7, w8 = w
lr = 1


@torch.no_grad()
def update(params, lr):
    for p in params:
        p -= lr * p.grad
        p.grad.zero_()


for epoch in range(5):
    h1 = torch.sigmoid(w1 * x[0] + w3 * x[1])
    h2 = torch.sigmoid(w2 * x[0] + w4 * x[1])
    o1 = torch.sigmoid(w5 * h1 + w7 * h2)
    o2 = torch.sigmoid(w6 * h1 + w8 * h2)
    loss = 0.5 * ((o1 - y[0]) ** 2 + (o2 - y[1]) ** 2)
    loss.backward()
    print(epoch, f"{loss.item():.6f}", f"{w1.grad.item():.6f}", f"{w5.grad.item():.6f}")
    update(w, lr)
print([round(p.item(), 4) for p in w])
