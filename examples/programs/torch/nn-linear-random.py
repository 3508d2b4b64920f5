# A 2-3-2 network of nn.Linear layers with PyTorch's own initial weights and biases (seeded), tanh hidden units,
# a batch of four samples, F.mse_loss, torch.optim.SGD
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.hidden = nn.Linear(n_in, n_hidden)
        self.output = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        return self.output(torch.tanh(self.hidden(x)))


model = MLP(2, 3, 2)
print(model.hidden.weight)
print(model.output.bias)
X = torch.tensor([[0.5, 0.3], [0.1, 0.9], [0.7, -0.2], [-0.5, 0.4]])
Y = torch.tensor([[0.23, -0.07], [0.5, 0.1], [-0.3, 0.4], [0.0, 0.2]])
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(20):
    optimizer.zero_grad()
    loss = F.mse_loss(model(X), Y)
    loss.backward()
    optimizer.step()
    if epoch % 5 == 4:
        print(f"epoch {epoch + 1}: loss {loss.item():.5f}")
with torch.no_grad():
    print(model(X).numpy().round(3))
