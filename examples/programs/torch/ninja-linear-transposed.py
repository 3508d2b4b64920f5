# Backprop ninja with nn.Linear: each weight gradient written inputs x outputs (X.T @ dZ) and compared transposed
# with the module's .grad (outputs x inputs) through torch.allclose. Every manual gradient here is right.
import torch
import torch.nn as nn

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc2(torch.sigmoid(self.fc1(x)))


net = Net()
X = torch.randn(6, 3)
Y = torch.randn(6, 2)
z1 = net.fc1(X)
a1 = torch.sigmoid(z1)
out = net.fc2(a1)
loss = ((out - Y) ** 2).mean()
net.zero_grad()
loss.backward()
print(f"loss {loss.item():.6f}")

d_out = 2 * (out - Y) / out.numel()
d_w2 = a1.T @ d_out
d_b2 = d_out.sum(0)
d_a1 = d_out @ net.fc2.weight
d_z1 = d_a1 * a1 * (1 - a1)
d_w1 = X.T @ d_z1
d_b1 = d_z1.sum(0)

with torch.no_grad():
    print("fc2.weight", torch.allclose(d_w2.T, net.fc2.weight.grad))
    print("fc2.bias", torch.allclose(d_b2, net.fc2.bias.grad))
    print("fc1.weight", torch.allclose(d_w1.T, net.fc1.weight.grad))
    print("fc1.bias", torch.allclose(d_b1, net.fc1.bias.grad))
