"""Fit y = sin(x) on six points with a 1-4-1 network (tanh hidden layer, linear output).

Mean squared error, full-batch gradient descent. Parameters live in a dictionary.
"""
import numpy as np

try:
    import matplotlib.pyplot as plt
    HAVE_PLOT = True
except ImportError:
    HAVE_PLOT = False


def make_model(n_hidden, seed=0):
    np.random.seed(seed)
    params = {
        "W1": np.random.randn(1, n_hidden) * 0.5,
        "b1": np.zeros(n_hidden),
        "W2": np.random.randn(n_hidden, 1) * 0.5,
        "b2": np.zeros(1),
    }

    def forward(X):
        z = X @ params["W1"] + params["b1"]
        h = np.tanh(z)
        y_hat = h @ params["W2"] + params["b2"]
        return h, y_hat

    def backward(X, y, h, y_hat):
        n = X.shape[0]
        d_out = 2 * (y_hat - y) / n
        grads = {"W2": h.T @ d_out, "b2": d_out.sum(axis=0)}
        d_hidden = (d_out @ params["W2"].T) * (1 - h ** 2)
        grads["W1"] = X.T @ d_hidden
        grads["b1"] = d_hidden.sum(axis=0)
        return grads

    return params, forward, backward


X = np.linspace(-2, 2, 6).reshape(-1, 1)
y = np.sin(X)

params, forward, backward = make_model(4, seed=1)
lr = 0.1
history = []
for epoch in range(100):
    h, y_hat = forward(X)
    loss = np.mean((y_hat - y) ** 2)
    history.append(loss)
    grads = backward(X, y, h, y_hat)
    for name in params:
        params[name] -= lr * grads[name]
    if epoch % 25 == 0:
        print("epoch %3d  mse %.6f" % (epoch, loss))

try:
    assert history[-1] < history[0], "loss did not go down"
    print("final mse:", round(history[-1], 6))
except AssertionError as e:
    print("warning:", e)

if HAVE_PLOT:
    plt.plot(X[:, 0], y[:, 0], "o", label="data")
    plt.plot(X[:, 0], forward(X)[1][:, 0], label="fit")
    plt.legend()
    plt.show()
