# Softmax regression with a hidden ReLU layer; labels one-hot encoded by np.eye(k)[y]
import numpy as np

np.random.seed(3)
k = 3
X = np.vstack([np.random.randn(10, 2) + c for c in ([0, 2], [2, -1], [-2, -1])])
y = np.repeat(np.arange(k), 10)
Y = np.eye(k)[y]

W1 = 0.3 * np.random.randn(2, 6)
b1 = np.zeros((1, 6))
W2 = 0.3 * np.random.randn(6, k)
b2 = np.zeros((1, k))
alpha = 0.5


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


n = X.shape[0]
for epoch in range(101):
    Z1 = X @ W1 + b1
    A1 = np.maximum(0, Z1)
    P = softmax(A1 @ W2 + b2)
    loss = -np.sum(Y * np.log(P)) / n
    dZ2 = (P - Y) / n
    dW2 = A1.T @ dZ2
    db2 = dZ2.sum(axis=0, keepdims=True)
    dA1 = dZ2 @ W2.T
    dZ1 = dA1
    dW1 = X.T @ dZ1
    db1 = dZ1.sum(axis=0, keepdims=True)
    W1 -= alpha * dW1
    b1 -= alpha * db1
    W2 -= alpha * dW2
    b2 -= alpha * db2
    if epoch % 20 == 0:
        accuracy = np.mean(P.argmax(axis=1) == y)
        print(f"epoch {epoch:3d} loss {loss:.4f} accuracy {accuracy:.2f}")
