# A 3-4-2 network with a leaky-ReLU hidden layer (torch.nn.LeakyReLU(): slope 0.01 below 0) and a linear output,
# in matrix form, the data and weights of mlp-3-4-2.py: A1 = np.maximum(0.01 * Z1, Z1), whose derivative is
# 1 where Z1 > 0 and 0.01 elsewhere, np.where(Z1 > 0, 1, 0.01). Every gradient agrees with autograd.
import numpy as np

X = np.array([[0.5, 0.3, -0.2],
              [0.1, -0.4, 0.6],
              [-0.3, 0.8, 0.2],
              [0.9, 0.1, -0.5]])
Y = np.array([[0.2, -0.1],
              [0.7, 0.3],
              [-0.4, 0.5],
              [0.1, 0.9]])
W1 = np.array([[0.15, -0.32, 0.41, 0.07],
               [-0.23, 0.18, -0.05, 0.36],
               [0.29, 0.11, -0.27, -0.14]])
b1 = np.array([0.1, -0.05, 0.02, 0.08])
W2 = np.array([[0.21, -0.13],
               [-0.34, 0.25],
               [0.16, 0.31],
               [-0.08, -0.19]])
b2 = np.array([0.03, -0.02])
N = X.shape[0]
lr = 0.5

for epoch in range(3):
    Z1 = X @ W1 + b1
    A1 = np.maximum(0.01 * Z1, Z1)
    Z2 = A1 @ W2 + b2
    loss = np.sum((Z2 - Y) ** 2) / (2 * N)

    dZ2 = (Z2 - Y) / N
    dW2 = A1.T @ dZ2
    db2 = np.sum(dZ2, axis=0)
    dA1 = dZ2 @ W2.T
    dZ1 = dA1 * np.where(Z1 > 0, 1, 0.01)
    dW1 = X.T @ dZ1
    db1 = np.sum(dZ1, axis=0)

    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    print("epoch", epoch, "loss", round(loss, 6))
