# A multi-layer perceptron whose layers are an nn.ModuleList made by a comprehension (PyTorch's initial weights,
# seeded), iterated with a slice in forward; F.mse_loss, torch.optim.SGD
import torch
import torch.nn as nn
torch.manual_seed(1)


class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])

    def forward(self, x):
        for layer in self.layers[:-1]:
            x = torch.sigmoid(layer(x))
        return self.layers[-1](x)


model = MLP([2, 3, 2])
X = torch.tensor([[0.5, 0.3], [0.1, 0.9]])
Y = torch.tensor([[0.23, -0.07], [0.5, 0.1]])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(20):
    loss = nn.functional.mse_loss(model(X), Y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print(epoch, round(loss.item(), 6))
