# Homework 2 in numpy checked against homework 3 (np.allclose(dW1, w1.grad.numpy())), with one mistake: delta1
# leaves out the hidden sigmoid's derivative H * (1 - H)
import numpy as np
import torch

X = np.array([[0.5, 0.3]])
Y = np.array([[0.23, -0.07]])
W1 = np.array([[0.2, -0.4], [0.5, 0.6]])
W2 = np.array([[0.1, -0.5], [-0.3, 0.8]])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# homework 2
H = sigmoid(X @ W1)
O = sigmoid(H @ W2)
loss = 0.5 * np.sum((O - Y) ** 2)
delta2 = (O - Y) * O * (1 - O)
dW2 = H.T @ delta2
delta1 = (delta2 @ W2.T)
dW1 = X.T @ delta1

# homework 3
x = torch.tensor(X)
y = torch.tensor(Y)
w1 = torch.tensor(W1, requires_grad=True)
w2 = torch.tensor(W2, requires_grad=True)
h = torch.sigmoid(x @ w1)
o = torch.sigmoid(h @ w2)
L = 0.5 * torch.sum((o - y) ** 2)
L.backward()

print("loss:", loss, L.item())
print("dW1 ok:", np.allclose(dW1, w1.grad.numpy()))
print("dW2 ok:", np.allclose(dW2, w2.grad.numpy()))
print(dW1)
print(w1.grad)
print(w2.grad.detach().numpy().round(6).tolist())
