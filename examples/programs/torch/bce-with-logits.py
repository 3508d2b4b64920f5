# Homework 3 with a logit output and F.binary_cross_entropy_with_logits, targets 1 and 0, torch.optim.SGD
import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[1.0, 0.0]])
W1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], requires_grad=True)
W2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], requires_grad=True)
opt = torch.optim.SGD([W1, W2], lr=1.0)
for epoch in range(20):
    z = torch.sigmoid(x @ W1) @ W2
    loss = F.binary_cross_entropy_with_logits(z, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print(f"epoch {epoch}: bce {loss.item():.6f}")
