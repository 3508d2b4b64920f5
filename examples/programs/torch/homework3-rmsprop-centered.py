# Homework 3 with vectors built by torch.stack, the loss nn.MSELoss(), and
# torch.optim.RMSprop(lr=0.005, alpha=0.9, momentum=0.5, centered=True) stepping the eight weights
import torch
import torch.nn as nn

x = torch.tensor([0.5, 0.3])
y = torch.tensor([0.23, -0.07])
w = [torch.tensor([v], requires_grad=True) for v in (0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8)]
w1, w2, w3, w4, w5, w6, w7, w8 = w

criterion = nn.MSELoss()
optimizer = torch.optim.RMSprop(w, lr=0.005, alpha=0.9, momentum=0.5, centered=True)


def forward(x):
    h = torch.sigmoid(torch.stack([w1 * x[0] + w3 * x[1], w2 * x[0] + w4 * x[1]]))
    o = torch.sigmoid(torch.stack([w5 * h[0] + w7 * h[1], w6 * h[0] + w8 * h[1]]))
    return o.reshape(2)


for epoch in range(20):
    optimizer.zero_grad()
    loss = criterion(forward(x), y)
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch}: loss = {loss.item():.8f}")
print(w1.data, w2.data, w3.data, w4.data)
print(w5.data, w6.data, w7.data, w8.data)
