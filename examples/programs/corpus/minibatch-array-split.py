# Mini-batch gradient descent: the shuffled data cut into batches by np.array_split
import numpy as np

np.random.seed(7)
X = np.random.randn(30, 2)
y = (X[:, :1] * 1.5 - X[:, 1:] * 0.5 + 0.3 > 0).astype(float)

W1 = np.random.randn(2, 4) * 0.5
b1 = np.zeros((1, 4))
W2 = np.random.randn(4, 1) * 0.5
b2 = np.zeros((1, 1))
lr = 0.5


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(20):
    order = np.random.permutation(len(X))
    for Xb, yb in zip(np.array_split(X[order], 4), np.array_split(y[order], 4)):
        m = Xb.shape[0]
        A1 = sigmoid(Xb @ W1 + b1)
        A2 = sigmoid(A1 @ W2 + b2)
        loss = -np.mean(yb * np.log(A2) + (1 - yb) * np.log(1 - A2))
        dZ2 = (A2 - yb) / m
        dW2 = A1.T @ dZ2
        db2 = np.sum(dZ2, axis=0, keepdims=True)
        dZ1 = dZ2 @ W2.T * A1 * (1 - A1)
        dW1 = Xb.T @ dZ1
        db1 = np.sum(dZ1, axis=0, keepdims=True)
        W1 -= lr * dW1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
    if epoch % 5 == 0:
        print(f"epoch {epoch:2d}  batch loss {loss:.4f}")
