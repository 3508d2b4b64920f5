# A 3-4-2 sigmoid network with nn.Linear (weights stored outputs x inputs), started at the transposes of
# examples/programs/corpus/mlp-sigmoid-xw.py's W1 and W2, trained 5 epochs with SGD and MSELoss. All right.
import torch
import torch.nn as nn

X = torch.tensor([[0.5, -0.2, 0.1], [0.3, 0.8, -0.5], [-0.6, 0.1, 0.9], [0.2, -0.7, 0.4]])
Y = torch.tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.6], [0.7, 0.4]])


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc2(torch.sigmoid(self.fc1(x)))


net = Net()
with torch.no_grad():
    net.fc1.weight.copy_(torch.tensor([[0.2, -0.5, 0.3], [-0.3, 0.2, 0.1], [0.4, 0.1, -0.2], [0.1, 0.3, 0.4]]))
    net.fc1.bias.copy_(torch.tensor([0.1, -0.1, 0.05, 0.0]))
    net.fc2.weight.copy_(torch.tensor([[0.3, 0.1, -0.3, 0.2], [-0.2, 0.4, 0.2, 0.1]]))
    net.fc2.bias.copy_(torch.tensor([0.0, 0.1]))
optimizer = torch.optim.SGD(net.parameters(), lr=0.5)
loss_fn = nn.MSELoss()
for epoch in range(5):
    optimizer.zero_grad()
    loss = loss_fn(net(X), Y)
    loss.backward()
    optimizer.step()
    print(f"epoch {epoch}: loss {loss.item():.6f}")
