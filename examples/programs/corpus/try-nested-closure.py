# A small regression network written with closures: 1 input, 3 tanh hidden units, 1 linear output.
import numpy as np


def train(X, y, hidden=3, lr=0.05, epochs=60, seed=2):
    np.random.seed(seed)
    W1 = np.random.randn(1, hidden)
    b1 = np.zeros((1, hidden))
    W2 = np.random.randn(hidden, 1)
    b2 = np.zeros((1, 1))
    n = len(X)

    def predict(inputs):
        return np.tanh(inputs @ W1 + b1) @ W2 + b2

    for epoch in range(epochs):
        a = np.tanh(X @ W1 + b1)
        out = a @ W2 + b2
        loss = np.mean((out - y) ** 2)

        d_out = 2 * (out - y)
        dW2 = a.T @ d_out / n
        db2 = np.sum(d_out, axis=0, keepdims=True)
        d_a = d_out @ W2.T
        d_z = d_a * (1 - a ** 2)
        dW1 = X.T @ d_z / n
        db1 = np.sum(d_z, axis=0, keepdims=True) / n

        W1 = W1 - lr * dW1
        b1 = b1 - lr * db1
        W2 = W2 - lr * dW2
        b2 = b2 - lr * db2

        if epoch % 20 == 0:
            try:
                print("epoch {}: loss {:.5f}".format(epoch, loss))
            except ValueError:
                print("epoch", epoch, "loss", loss)
    return predict


X = np.array([[-1.5], [-1.0], [-0.5], [0.0], [0.5], [1.0], [1.5]])
y = 0.5 * X ** 2 - 0.3
model = train(X, y)
print("prediction at 0.25:", model(np.array([[0.25]])).round(4))
