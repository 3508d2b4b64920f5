# Mistake: tanh's derivative written as the sigmoid's. The network of regression-tanh.py (1-3-1, tanh hidden
# layer, linear output, mean squared error); dZ1 = dA1 * tanh'(Z1) with tanh'(Z1) = 1 − A1², but this file
# writes A1 * (1 − A1), the sigmoid's derivative, so dZ1, dW1 and db1 are wrong.
import numpy as np

X = np.array([[-1.0], [-0.5], [0.0], [0.5], [1.0]])
Y = np.array([[-0.8], [-0.57], [0.0], [0.57], [0.8]])
W1 = np.array([[0.4, -0.8, 0.3]])
b1 = np.array([0.2, 0.5, -0.3])
W2 = np.array([[-0.3], [0.2], [0.4]])
b2 = np.array([0.1])
N = X.shape[0]
lr = 0.2

for epoch in range(5):
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1)
    Z2 = A1 @ W2 + b2
    loss = np.mean((Z2 - Y) ** 2)

    dZ2 = 2 * (Z2 - Y) / N
    dW2 = A1.T @ dZ2
    db2 = np.sum(dZ2, axis=0)
    dA1 = dZ2 @ W2.T
    dZ1 = dA1 * A1 * (1 - A1)
    dW1 = X.T @ dZ1
    db1 = np.sum(dZ1, axis=0)

    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    print("epoch", epoch, "loss", round(loss, 6))
