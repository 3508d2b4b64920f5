# Homework 3 after torch.set_default_dtype(torch.float64): torch.Tensor weights are float64, updated with
# w.data -= lr * w.grad and zeroed with w.grad.zero_()
import torch

torch.set_default_dtype(torch.float64)
x1, x2 = torch.Tensor([0.5]), torch.Tensor([0.3])
y1, y2 = torch.Tensor([0.23]), torch.Tensor([-0.07])
w = {}
for name, v in zip(["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"], [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]):
    w[name] = torch.Tensor([v])
    w[name].requires_grad_(True)
lr = 1

for epoch in range(7):
    h1 = 1 / (1 + torch.exp(-(w["w1"] * x1 + w["w3"] * x2)))
    h2 = 1 / (1 + torch.exp(-(w["w2"] * x1 + w["w4"] * x2)))
    o1 = 1 / (1 + torch.exp(-(w["w5"] * h1 + w["w7"] * h2)))
    o2 = 1 / (1 + torch.exp(-(w["w6"] * h1 + w["w8"] * h2)))
    loss = (1 / 2) * (o1 - y1) ** 2 + (1 / 2) * (o2 - y2) ** 2
    loss.backward()
    for k in w:
        w[k].data -= lr * w[k].grad
        w[k].grad.zero_()
    if epoch % 3 == 0:
        print(epoch, loss.item(), loss.dtype)
print({k: round(v.item(), 6) for k, v in w.items()})
