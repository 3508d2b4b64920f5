# A 2-4-1 network as a list of layer objects (Linear, Sigmoid, Linear), each with forward and backward; the update
# loop steps every Linear's W and b: two arrays under each name, layer.W and layer.b.
import numpy as np

class Linear:
    def __init__(self, W):
        self.W = np.array(W)
        self.b = np.zeros(self.W.shape[1])

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, dy):
        self.dW = self.x.T @ dy
        self.db = dy.sum(axis=0)
        return dy @ self.W.T

class Sigmoid:
    def forward(self, x):
        self.y = 1 / (1 + np.exp(-x))
        return self.y

    def backward(self, dy):
        return dy * self.y * (1 - self.y)

layers = [Linear([[0.4, -0.6, 0.2, 0.9], [-0.3, 0.8, 0.5, -0.7]]), Sigmoid(),
          Linear([[0.6], [-0.4], [0.3], [0.8]])]
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
y = np.array([[0], [1], [1], [0]], dtype=float)
lr = 0.5
for epoch in range(200):
    out = X
    for layer in layers:
        out = layer.forward(out)
    loss = np.mean((out - y) ** 2)
    grad = 2 * (out - y) / len(X)
    for layer in reversed(layers):
        grad = layer.backward(grad)
    for layer in layers:
        if isinstance(layer, Linear):
            layer.W -= lr * layer.dW
            layer.b -= lr * layer.db
    if epoch % 50 == 0:
        print(f"epoch {epoch:4d} | loss {loss:.6f}")
