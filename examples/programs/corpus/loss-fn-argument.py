# A two-layer network trained by a train() that is given its loss and the loss's gradient as functions
import numpy as np


def mse(y_pred, y_true):
    return np.mean((y_pred - y_true) ** 2)


def mse_grad(y_pred, y_true):
    return 2 * (y_pred - y_true) / y_true.size


def tanh(z):
    return np.tanh(z)


def tanh_grad(a):
    return 1 - a ** 2


class Net:
    def __init__(self, n_in, n_hidden, n_out, rng):
        self.W1 = rng.normal(0, 0.5, (n_in, n_hidden))
        self.b1 = np.zeros(n_hidden)
        self.W2 = rng.normal(0, 0.5, (n_hidden, n_out))
        self.b2 = np.zeros(n_out)

    def forward(self, X):
        self.X = X
        self.H = tanh(X @ self.W1 + self.b1)
        return self.H @ self.W2 + self.b2


def train(net, loss_fn, loss_grad, X, Y, lr=0.1, epochs=100):
    history = []
    for epoch in range(epochs):
        Y_hat = net.forward(X)
        loss = loss_fn(Y_hat, Y)
        history.append(loss)
        dY = loss_grad(Y_hat, Y)
        dW2 = net.H.T @ dY
        db2 = dY.sum(axis=0)
        dH = dY @ net.W2.T * tanh_grad(net.H)
        dW1 = X.T @ dH
        db1 = dH.sum(axis=0)
        net.W1 -= lr * dW1
        net.b1 -= lr * db1
        net.W2 -= lr * dW2
        net.b2 -= lr * db2
    return history


rng = np.random.default_rng(0)
X = rng.uniform(-1, 1, (16, 3))
Y = np.sin(X.sum(axis=1, keepdims=True))
net = Net(3, 5, 1, rng)
history = train(net, mse, mse_grad, X, Y, lr=0.2, epochs=60)
print("first loss %.5f, last loss %.5f" % (history[0], history[-1]))
