# d2l's concise linear regression (section 3.3) on a fixed dataset of 10 points: nn.Sequential(nn.Linear(2, 1)),
# loss = nn.MSELoss() (a module, not a number), l = loss(net(X), y), l.backward() and torch.optim.SGD
import torch
from torch import nn

true_w = torch.tensor([2.0, -3.4])
true_b = 4.2
features = torch.tensor([[0.1, -0.5], [1.2, 0.3], [-0.7, 0.8], [0.4, 1.5], [-1.1, -0.2],
                         [0.9, -1.3], [0.0, 0.6], [-0.3, -0.9], [1.5, 0.2], [-0.8, 1.1]])
labels = (torch.matmul(features, true_w) + true_b).reshape((-1, 1))
batch_size = 5
data_iter = [(features[i:i + batch_size], labels[i:i + batch_size]) for i in range(0, len(features), batch_size)]

net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.fill_(0.01)
net[0].bias.data.fill_(0)
loss = nn.MSELoss()
trainer = torch.optim.SGD(net.parameters(), lr=0.03)

num_epochs = 3
for epoch in range(num_epochs):
    for X, y in data_iter:
        l = loss(net(X), y)
        trainer.zero_grad()
        l.backward()
        trainer.step()
    l = loss(net(features), labels)
    print(f'epoch {epoch + 1}, loss {l:.4f}')
w = net[0].weight.data
print('error in estimating w:', true_w - w.reshape(true_w.shape))
