# layers as objects with forward/backward (a "from scratch" framework): the loop variable layer steps each layer
import numpy as np

np.random.seed(0)


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * 0.5
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad):
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0)
        return grad @ self.W.T


class Sigmoid:
    def forward(self, x):
        self.out = 1 / (1 + np.exp(-x))
        return self.out

    def backward(self, grad):
        return grad * self.out * (1 - self.out)


X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)
layers = [Dense(2, 3), Sigmoid(), Dense(3, 1), Sigmoid()]
lr = 1.0

for epoch in range(200):
    out = X
    for layer in layers:
        out = layer.forward(out)
    loss = np.mean((out - y) ** 2)
    grad = 2 * (out - y) / out.size
    for layer in reversed(layers):
        grad = layer.backward(grad)
    for layer in layers:
        if hasattr(layer, "W"):
            layer.W -= lr * layer.dW
            layer.b -= lr * layer.db
    if epoch % 50 == 0:
        print(f"epoch {epoch:3d}  loss {loss:.5f}")
