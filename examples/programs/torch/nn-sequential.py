# Homework 3 as nn.Sequential(Linear, Sigmoid, Linear, Sigmoid), weights set through model[0] and model[2]
import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(2, 2, bias=False), nn.Sigmoid(), nn.Linear(2, 2, bias=False), nn.Sigmoid())
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[0.2, 0.5], [-0.4, 0.6]]))
    model[2].weight.copy_(torch.tensor([[0.1, -0.3], [-0.5, 0.8]]))
print(model)
x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
loss_fn = nn.MSELoss(reduction='sum')
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(20):
    loss = loss_fn(model(x), y) * 0.5
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 5 == 0:
        print(f"epoch {epoch} loss {loss.item():.6f}")
print(model[0].weight)
