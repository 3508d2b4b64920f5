# torch.sigmoid, nn.Sigmoid() and F.sigmoid give the same network; w.grad.data.zero_() after an update in
# torch.no_grad(); gradients printed with .item()
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.rand(4, 2)
y = torch.rand(4, 1)
W1 = torch.randn(2, 3, requires_grad=True)
b1 = torch.zeros(3, requires_grad=True)
W2 = torch.randn(3, 1, requires_grad=True)
act = nn.Sigmoid()
for epoch in range(6):
    if epoch % 3 == 0:
        h = torch.sigmoid(x @ W1 + b1)
    elif epoch % 3 == 1:
        h = act(x @ W1 + b1)
    else:
        h = F.sigmoid(x @ W1 + b1)
    out = h @ W2
    loss = ((out - y) ** 2).mean()
    loss.backward()
    print(epoch, f"{loss.item():.6f}", f"{W2.grad[0].item():.6f}")
    with torch.no_grad():
        W1 -= 0.5 * W1.grad
        b1 -= 0.5 * b1.grad
        W2 -= 0.5 * W2.grad
    W1.grad.data.zero_()
    b1.grad.data.zero_()
    W2.grad.data.zero_()
print(W2)
