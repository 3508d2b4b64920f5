# Mini-batch SGD on a 3-6-1 tanh regression, the batches from a generator that shuffles once per epoch
import numpy as np


def batches(X, y, batch_size):
    order = np.random.permutation(len(X))
    for start in range(0, len(X), batch_size):
        idx = order[start:start + batch_size]
        yield X[idx], y[idx]


np.random.seed(7)
N = 24
X = np.random.randn(N, 3)
y = np.tanh(X @ np.array([[1.0], [-0.5], [0.3]])) + 0.1 * np.random.randn(N, 1)
W1 = np.random.randn(3, 6) * 0.5
b1 = np.zeros((1, 6))
W2 = np.random.randn(6, 1) * 0.5
b2 = np.zeros((1, 1))
lr = 0.1
for epoch in range(4):
    for xb, yb in batches(X, y, 6):
        a1 = np.tanh(xb @ W1 + b1)
        out = a1 @ W2 + b2
        loss = np.mean((out - yb) ** 2)
        dout = 2 * (out - yb) / len(xb)
        dW2 = a1.T @ dout
        db2 = dout.sum(axis=0, keepdims=True)
        da1 = dout @ W2.T
        dz1 = da1 * (1 - a1 ** 2)
        dW1 = xb.T @ dz1
        db1 = dz1.sum(axis=0, keepdims=True)
        W2 -= lr * dW2
        b2 -= lr * db2
        W1 -= lr * dW1
        b1 -= lr * db1
    print(f"epoch {epoch}: loss {loss:.6f}")
