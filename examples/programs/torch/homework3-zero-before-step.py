# Homework 3 with matrices and torch.optim.SGD, one planted mistake: optimizer.zero_grad() between loss.backward()
# and optimizer.step(), so each step subtracts a zeroed gradient and the weights never change
import torch

x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
W1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], requires_grad=True)
W2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], requires_grad=True)
optimizer = torch.optim.SGD([W1, W2], lr=1)
for epoch in range(3):
    o = torch.sigmoid(torch.sigmoid(x @ W1) @ W2)
    loss = 0.5 * ((o - y) ** 2).sum()
    loss.backward()
    optimizer.zero_grad()
    optimizer.step()
    print(f"epoch {epoch}: {loss.item()}")
