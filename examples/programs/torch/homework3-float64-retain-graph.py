# Homework 3 in float64 (dtype=torch.float64): the loss's backward(retain_graph=True) and torch.autograd.grad of
# the same graph agree, the .data update, the gradients zeroed with w.grad.data.zero_()
import torch

x = torch.tensor([0.5, 0.3], dtype=torch.float64)
y = torch.tensor([0.23, -0.07], dtype=torch.float64)
w1, w2, w3, w4 = (torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in (0.2, -0.4, 0.5, 0.6))
w5, w6, w7, w8 = (torch.tensor(v, dtype=torch.float64, requires_grad=True) for v in (0.1, -0.5, -0.3, 0.8))
ws = [w1, w2, w3, w4, w5, w6, w7, w8]
step = 0.5

for i in range(4):
    h1 = torch.sigmoid(w1 * x[0] + w3 * x[1])
    h2 = torch.sigmoid(w2 * x[0] + w4 * x[1])
    o1 = torch.sigmoid(w5 * h1 + w7 * h2)
    o2 = torch.sigmoid(w6 * h1 + w8 * h2)
    L = 0.5 * ((o1 - y[0]) ** 2 + (o2 - y[1]) ** 2)
    L.backward(retain_graph=True)
    again = torch.autograd.grad(L, [w1, w2, w3, w4, w5, w6, w7, w8])
    print(i, L.item(), all(torch.equal(w.grad, g) for w, g in zip(ws, again)))
    for w in ws:
        w.data = w.data - step * w.grad.data
        w.grad.data.zero_()
print(torch.stack(ws))
print([f"{w.item():.6f}" for w in ws])
