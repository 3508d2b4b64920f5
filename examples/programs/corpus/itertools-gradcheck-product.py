# A small numpy network trained with itertools: epochs from islice(count(), 300), the samples of each epoch
# chained from two halves, and a numerical gradient check of W2 over itertools.product of its indices
import itertools
from itertools import chain, count, islice, product

import numpy as np

np.random.seed(0)
X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [0.0]])
W1 = np.random.randn(2, 3) * 0.5
W2 = np.random.randn(3, 1) * 0.5
lr = 0.5


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(W1, W2):
    h = np.tanh(X @ W1)
    return h, sigmoid(h @ W2)


for epoch in islice(count(), 300):
    h, out = forward(W1, W2)
    loss = 0.5 * np.sum((out - Y) ** 2)
    d_out = (out - Y) * out * (1 - out)
    dW2 = h.T @ d_out
    d_h = (d_out @ W2.T) * (1 - h ** 2)
    dW1 = X.T @ d_h
    if epoch == 0:
        eps = 1e-6
        for i, j in product(range(W2.shape[0]), range(W2.shape[1])):
            Wp = W2.copy()
            Wp[i, j] += eps
            numeric = (0.5 * np.sum((forward(W1, Wp)[1] - Y) ** 2) - loss) / eps
            print(i, j, round(numeric, 5), round(dW2[i, j], 5))
    W1 -= lr * dW1
    W2 -= lr * dW2
    if epoch % 100 == 0:
        print("epoch", epoch, "loss", round(loss, 6))
print("rows seen:", sum(1 for _ in chain(X[:2], X[2:])), "final loss", round(loss, 6))
