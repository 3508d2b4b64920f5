# d2l's concise multilayer perceptron (section 5.2) on 6 fixed samples of 4 features and 3 classes: nn.Sequential
# (without d2l's nn.Flatten, a no-op on these rows), CrossEntropyLoss(reduction='none'), and d2l's train_epoch_ch3
# updating with l.mean().backward() and SGD
import torch
from torch import nn

net = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 3))
with torch.no_grad():
    net[0].weight.copy_(torch.tensor([[0.1, -0.2, 0.3, 0.05], [-0.3, 0.2, 0.1, -0.1], [0.25, 0.15, -0.2, 0.3],
                                      [0.05, -0.1, -0.3, 0.2], [-0.15, 0.3, 0.2, 0.1]]))
    net[0].bias.copy_(torch.tensor([0.01, -0.02, 0.03, 0.0, 0.02]))
    net[2].weight.copy_(torch.tensor([[0.2, -0.1, 0.3, 0.1, -0.2], [-0.3, 0.25, 0.1, -0.15, 0.2],
                                      [0.1, 0.2, -0.25, 0.3, 0.05]]))
    net[2].bias.copy_(torch.tensor([0.0, 0.01, -0.01]))

X = torch.tensor([[0.5, -1.0, 0.3, 0.8], [1.2, 0.4, -0.6, 0.1], [-0.7, 0.9, 1.1, -0.3],
                  [0.2, -0.5, -1.2, 0.6], [1.0, 1.0, 0.2, -0.8], [-0.4, -0.2, 0.7, 1.3]])
y = torch.tensor([0, 2, 1, 0, 2, 1])

batch_size, lr, num_epochs = 3, 0.1, 4
loss = nn.CrossEntropyLoss(reduction='none')
trainer = torch.optim.SGD(net.parameters(), lr=lr)


def train_epoch_ch3(net, train_iter, loss, updater):
    """Trains a model for one epoch (d2l's Chapter 3 loop)."""
    net.train()
    total, n = 0.0, 0
    for X, y in train_iter:
        y_hat = net(X)
        l = loss(y_hat, y)
        updater.zero_grad()
        l.mean().backward()
        updater.step()
        total += float(l.sum())
        n += y.numel()
    return total / n


train_iter = [(X[i:i + batch_size], y[i:i + batch_size]) for i in range(0, len(X), batch_size)]
for epoch in range(num_epochs):
    train_l = train_epoch_ch3(net, train_iter, loss, trainer)
    print(f'epoch {epoch + 1}, loss {train_l:.4f}')
