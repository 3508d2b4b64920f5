# homework 2 as functions returning a dict of gradients, checked against homework 3's autograd, with one mistake:
# grads["W1"] multiplies by d_out, the output layer's error, where the hidden layer's d_hidden belongs
import numpy as np
import torch

X = np.array([[0.5, 0.3]])
Y = np.array([[0.23, -0.07]])
params = {"W1": np.array([[0.2, -0.4], [0.5, 0.6]]), "W2": np.array([[0.1, -0.5], [-0.3, 0.8]])}


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(p, X):
    H = sigmoid(X @ p["W1"])
    O = sigmoid(H @ p["W2"])
    return H, O


def backward(p, X, Y, H, O):
    grads = {}
    d_out = (O - Y) * O * (1 - O)
    grads["W2"] = H.T @ d_out
    d_hidden = d_out @ p["W2"].T * H * (1 - H)
    grads["W1"] = X.T @ d_out
    return grads


H, O = forward(params, X)
loss = 0.5 * np.sum((O - Y) ** 2)
grads = backward(params, X, Y, H, O)

t = {k: torch.tensor(v, requires_grad=True) for k, v in params.items()}
h = torch.sigmoid(torch.tensor(X) @ t["W1"])
o = torch.sigmoid(h @ t["W2"])
L = 0.5 * ((o - torch.tensor(Y)) ** 2).sum()
L.backward()
for k in ["W1", "W2"]:
    print(k, np.allclose(grads[k], t[k].grad.numpy()), np.abs(grads[k] - t[k].grad.numpy()).max())
