# WRONG: the gradients are never dropped (no w.grad = None), so they add up from epoch 2.
# Homework 3 with each weight made by torch.tensor([...], requires_grad=True), updated in place under
# torch.no_grad(), its gradient dropped with w.grad = None; printed with .item(), .numpy() and .tolist()
import torch

torch.set_printoptions(precision=6)
x1, x2 = torch.tensor([0.5]), torch.tensor([0.3])
y1, y2 = torch.tensor([0.23]), torch.tensor([-0.07])
w1 = torch.tensor([0.2], requires_grad=True)
w2 = torch.tensor([-0.4], requires_grad=True)
w3 = torch.tensor([0.5], requires_grad=True)
w4 = torch.tensor([0.6], requires_grad=True)
w5 = torch.tensor([0.1], requires_grad=True)
w6 = torch.tensor([-0.5], requires_grad=True)
w7 = torch.tensor([-0.3], requires_grad=True)
w8 = torch.tensor([0.8], requires_grad=True)
weights = [w1, w2, w3, w4, w5, w6, w7, w8]
lr = 1.0


def forward(x1, x2):
    out_h1 = torch.sigmoid(w1 * x1 + w3 * x2)
    out_h2 = torch.sigmoid(w2 * x1 + w4 * x2)
    out_o1 = torch.sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = torch.sigmoid(w6 * out_h1 + w8 * out_h2)
    return out_o1, out_o2


for epoch in range(3):
    o1, o2 = forward(x1, x2)
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
    loss.backward()
    print("epoch", epoch, "loss", loss.item(), "o", o1.detach().numpy(), o2.detach().tolist())
    print("grads", [round(w.grad.item(), 5) for w in weights])
    with torch.no_grad():
        for w in weights:
            w -= lr * w.grad
print(w1, w5.detach().numpy(), w8.tolist())
print(torch.cat(weights).detach())
