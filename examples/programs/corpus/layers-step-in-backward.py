# each layer steps its own weights in backward(), after computing the gradient it passes back
import numpy as np

np.random.seed(3)


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * 0.5
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad, lr):
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0)
        grad_in = grad @ self.W.T
        self.W -= lr * self.dW
        self.b -= lr * self.db
        return grad_in


class Tanh:
    def forward(self, x):
        self.out = np.tanh(x)
        return self.out

    def backward(self, grad, lr):
        return grad * (1 - self.out ** 2)


X = np.array([[0.5, 0.3], [0.1, -0.2], [-0.4, 0.8]])
y = np.array([[0.23, -0.07], [0.1, 0.4], [-0.3, 0.2]])
net = [Dense(2, 4), Tanh(), Dense(4, 2)]

for epoch in range(100):
    out = X
    for layer in net:
        out = layer.forward(out)
    loss = 0.5 * np.sum((out - y) ** 2)
    grad = out - y
    for layer in reversed(net):
        grad = layer.backward(grad, 0.1)
    if epoch % 25 == 0:
        print("epoch", epoch, "loss", round(loss, 6))
