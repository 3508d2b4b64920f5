# Homework 2 by numpy beside homework 3 by nn.Linear, with one mistake: dW2 doubled (the 2 of the square kept
# beside the ½ of the loss)
import numpy as np
import torch
import torch.nn as nn

x = np.array([0.5, 0.3])
y = np.array([0.23, -0.07])
W1 = np.array([[0.2, 0.5], [-0.4, 0.6]])
W2 = np.array([[0.1, -0.3], [-0.5, 0.8]])


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


h = sigmoid(W1 @ x)
o = sigmoid(W2 @ h)
E = 0.5 * np.sum((o - y) ** 2)
delta_o = (o - y) * o * (1 - o)
dW2 = np.outer(delta_o, h) * 2
delta_h = (W2.T @ delta_o) * h * (1 - h)
dW1 = np.outer(delta_h, x)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 2, bias=False)
        self.fc2 = nn.Linear(2, 2, bias=False)

    def forward(self, x):
        return torch.sigmoid(self.fc2(torch.sigmoid(self.fc1(x))))


net = Net()
with torch.no_grad():
    net.fc1.weight.copy_(torch.tensor([[0.2, 0.5], [-0.4, 0.6]]))
    net.fc2.weight.copy_(torch.tensor([[0.1, -0.3], [-0.5, 0.8]]))
out = net(torch.tensor([0.5, 0.3]))
loss = 0.5 * ((out - torch.tensor([0.23, -0.07])) ** 2).sum()
loss.backward()
print("E =", round(E, 6), "loss =", round(loss.item(), 6))
print("fc1:", np.allclose(dW1, net.fc1.weight.grad.numpy(), atol=1e-6))
print("fc2:", np.allclose(dW2, net.fc2.weight.grad.numpy(), atol=1e-6))
print(np.round(dW1, 6).tolist())
print([[round(v, 6) for v in row] for row in net.fc1.weight.grad.tolist()])
