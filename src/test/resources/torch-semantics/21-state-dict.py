import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 2, bias=False)
        self.fc2 = nn.Linear(2, 2, bias=False)

    def forward(self, x):
        return torch.sigmoid(self.fc2(torch.sigmoid(self.fc1(x))))


net = Net()
print(net.load_state_dict({"fc1.weight": torch.tensor([[0.2, -0.4], [0.5, 0.6]]),
                           "fc2.weight": torch.tensor([[0.1, -0.5], [-0.3, 0.8]])}))
state = net.state_dict()
print(list(state.keys()), state["fc1.weight"].requires_grad, net.fc1.weight.requires_grad)
print(state)
x = torch.tensor([[0.5, 0.3]])
loss = 0.5 * ((net(x) - torch.tensor([[0.23, -0.07]])) ** 2).sum()
loss.backward()
print(loss.item(), net.fc1.weight.grad)
seq = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
print(list(seq.state_dict().keys()))
print(seq.load_state_dict({"0.weight": torch.ones(3, 2), "0.bias": torch.zeros(3)}, strict=False))
print(seq[0].weight)
for bad in [{"fc1.weight": torch.ones(2, 2)},
            {"fc1.weight": torch.ones(2, 2), "fc2.weight": torch.ones(2, 2), "fc3.bias": torch.ones(2)},
            {"fc1.weight": torch.ones(3, 2), "fc2.weight": torch.ones(2, 2)},
            {"fc1.weight": [[1.0, 2.0], [3.0, 4.0]], "fc2.weight": torch.ones(2, 2)}]:
    try:
        net.load_state_dict(bad)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(net.fc1.weight)
try:
    net.load_state_dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
