# homework 3 first, then homework 2's hand gradients from the same weights (.detach().numpy()), compared
import numpy as np
import torch

x = torch.tensor([[0.5, 0.3]], dtype=torch.float64)
y = torch.tensor([[0.23, -0.07]], dtype=torch.float64)
W1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], dtype=torch.float64, requires_grad=True)
W2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], dtype=torch.float64, requires_grad=True)
h = torch.sigmoid(x @ W1)
o = torch.sigmoid(h @ W2)
loss = 0.5 * ((o - y) ** 2).sum()
loss.backward()

X, Y = x.numpy(), y.numpy()
w1, w2 = W1.detach().numpy(), W2.detach().numpy()
H = 1 / (1 + np.exp(-(X @ w1)))
O = 1 / (1 + np.exp(-(H @ w2)))
E = 0.5 * np.sum((O - Y) ** 2)
d_o = (O - Y) * O * (1 - O)
dw2 = H.T @ d_o
dw1 = X.T @ ((d_o @ w2.T) * H * (1 - H))
print(np.allclose(dw1, W1.grad.numpy()), np.allclose(dw2, W2.grad.numpy()))
print(dw1.round(6).tolist(), W1.grad.numpy().round(6).tolist())
