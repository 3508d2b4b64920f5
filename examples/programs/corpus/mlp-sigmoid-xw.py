# A 3-4-2 sigmoid network in numpy, weights as (inputs x outputs) matrices W1, W2, full-batch MSE, 5 epochs
import numpy as np

X = np.array([[0.5, -0.2, 0.1], [0.3, 0.8, -0.5], [-0.6, 0.1, 0.9], [0.2, -0.7, 0.4]])
Y = np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.6], [0.7, 0.4]])
W1 = np.array([[0.2, -0.3, 0.4, 0.1], [-0.5, 0.2, 0.1, 0.3], [0.3, 0.1, -0.2, 0.4]])
b1 = np.array([0.1, -0.1, 0.05, 0.0])
W2 = np.array([[0.3, -0.2], [0.1, 0.4], [-0.3, 0.2], [0.2, 0.1]])
b2 = np.array([0.0, 0.1])
lr = 0.5


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(5):
    h = sigmoid(X @ W1 + b1)
    out = h @ W2 + b2
    loss = np.mean((out - Y) ** 2)
    d_out = 2 * (out - Y) / out.size
    dW2 = h.T @ d_out
    db2 = d_out.sum(axis=0)
    dh = d_out @ W2.T
    dz = dh * h * (1 - h)
    dW1 = X.T @ dz
    db1 = dz.sum(axis=0)
    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    print(f"epoch {epoch}: loss {loss:.6f}")
