# XOR with the weights held in a @dataclass; the updates change its arrays in place (p.W1 -= lr * dW1)
from dataclasses import dataclass
import numpy as np

@dataclass
class Params:
    W1: np.ndarray
    b1: np.ndarray
    W2: np.ndarray
    b2: np.ndarray

np.random.seed(1)
X = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
Y = np.array([[0.], [1.], [1.], [0.]])
p = Params(W1=np.random.randn(2, 3) * 0.5, b1=np.zeros((1, 3)),
           W2=np.random.randn(3, 1) * 0.5, b2=np.zeros((1, 1)))
lr = 0.5
for epoch in range(100):
    z1 = X @ p.W1 + p.b1
    a1 = np.tanh(z1)
    z2 = a1 @ p.W2 + p.b2
    a2 = 1 / (1 + np.exp(-z2))
    loss = np.mean((a2 - Y) ** 2)
    d2 = 2 * (a2 - Y) / Y.shape[0] * a2 * (1 - a2)
    dW2 = a1.T @ d2
    db2 = d2.sum(axis=0, keepdims=True)
    d1 = d2 @ p.W2.T * (1 - a1 ** 2)
    dW1 = X.T @ d1
    db1 = d1.sum(axis=0, keepdims=True)
    p.W1 -= lr * dW1
    p.b1 -= lr * db1
    p.W2 -= lr * dW2
    p.b2 -= lr * db2
    if epoch % 10 == 0:
        print(f"epoch {epoch}: loss {loss:.5f}")
print(p.W2.ravel())
