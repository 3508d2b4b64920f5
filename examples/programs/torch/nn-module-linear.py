# Homework 3 as an nn.Module: two nn.Linear(2, 2, bias=False) layers whose weights are set in __init__ with
# copy_ under torch.no_grad(), torch.optim.SGD over model.parameters(), the loss 1/2 of nn.MSELoss(reduction='sum')
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 2, bias=False)
        self.fc2 = nn.Linear(2, 2, bias=False)
        with torch.no_grad():
            # nn.Linear computes x @ W.T: row i of the weight holds the weights into unit i
            self.fc1.weight.copy_(torch.tensor([[0.2, 0.5], [-0.4, 0.6]]))
            self.fc2.weight.copy_(torch.tensor([[0.1, -0.3], [-0.5, 0.8]]))

    def forward(self, x):
        h = torch.sigmoid(self.fc1(x))
        return torch.sigmoid(self.fc2(h))


model = Net()
print(model)
x = torch.tensor([0.5, 0.3])
y = torch.tensor([0.23, -0.07])
criterion = nn.MSELoss(reduction='sum')
optimizer = torch.optim.SGD(model.parameters(), lr=1)
for epoch in range(20):
    optimizer.zero_grad()
    out = model(x)
    loss = criterion(out, y) / 2
    loss.backward()
    optimizer.step()
    if epoch % 5 == 0:
        print(f"epoch {epoch}: loss {loss.item():.6f}")
for name, p in model.named_parameters():
    print(name, p.data)
