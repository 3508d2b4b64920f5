# A Keras-like API written from scratch: layers with forward/backward, a Sequential model, an MSE loss object
import numpy as np

class Dense:
    def __init__(self, n_in, n_out, rng):
        self.W = rng.standard_normal((n_in, n_out)) * 0.5
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
        self.out = 1.0 / (1.0 + np.exp(-x))
        return self.out

    def backward(self, grad):
        return grad * self.out * (1.0 - self.out)


class MSE:
    def __call__(self, pred, target):
        self.diff = pred - target
        return np.mean(self.diff ** 2)

    def backward(self):
        return 2.0 * self.diff / self.diff.size


class Sequential:
    def __init__(self, *layers):
        self.layers = list(layers)

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, grad):
        for layer in reversed(self.layers):
            grad = layer.backward(grad)

    def step(self, lr):
        for layer in self.layers:
            if hasattr(layer, "W"):
                layer.W -= lr * layer.dW
                layer.b -= lr * layer.db


rng = np.random.default_rng(0)
X = rng.standard_normal((8, 3))
Y = (X.sum(axis=1, keepdims=True) > 0).astype(float)
model = Sequential(Dense(3, 4, rng), Sigmoid(), Dense(4, 1, rng), Sigmoid())
loss_fn = MSE()
for epoch in range(50):
    pred = model.forward(X)
    loss = loss_fn(pred, Y)
    model.backward(loss_fn.backward())
    model.step(0.5)
    if epoch % 10 == 0:
        print(f"epoch {epoch:3d}  loss {loss:.6f}")
