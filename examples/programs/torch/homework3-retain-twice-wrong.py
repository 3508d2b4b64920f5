# WRONG: backward(retain_graph=True) is called twice per epoch (once to print the gradient), so .grad holds twice
# the gradient. Homework 3 with weights from torch.randn(..., dtype=torch.float64, requires_grad=True)
import torch

torch.manual_seed(3)
x = torch.tensor([0.5, 0.3], dtype=torch.float64)
y = torch.tensor([0.23, -0.07], dtype=torch.float64)
W1 = torch.randn(2, 2, dtype=torch.float64, requires_grad=True)
W2 = torch.randn(2, 2, dtype=torch.float64, requires_grad=True)
for epoch in range(3):
    if W1.grad is not None:
        W1.grad.zero_()
        W2.grad.zero_()
    o = torch.sigmoid(torch.sigmoid(x @ W1) @ W2)
    loss = 0.5 * ((o - y) ** 2).sum()
    loss.backward(retain_graph=True)
    print("grad norm", W1.grad.norm().item())
    loss.backward()
    W1.data -= 0.1 * W1.grad.data
    W2.data -= 0.1 * W2.grad.data
    print(epoch, round(loss.item(), 8))
