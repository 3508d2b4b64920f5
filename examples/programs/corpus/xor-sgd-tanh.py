# XOR with a 2-3-1 network, tanh everywhere, trained one sample at a time (stochastic gradient descent)
import numpy as np

np.random.seed(1)

X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
T = np.array([-1, 1, 1, -1], dtype=float)

W1 = np.random.uniform(-1, 1, (3, 2))
b1 = np.zeros(3)
W2 = np.random.uniform(-1, 1, (1, 3))
b2 = np.zeros(1)
lr = 0.1

for epoch in range(50):
    total = 0.0
    for i in range(4):
        x = X[i]
        t = T[i]

        # forward
        h = np.tanh(W1 @ x + b1)
        o = np.tanh(W2 @ h + b2)
        loss = 0.5 * np.sum((o - t) ** 2)
        total += loss

        # backward
        delta_o = (o - t) * (1 - o ** 2)
        delta_h = (W2.T @ delta_o) * (1 - h ** 2)

        # update
        W2 -= lr * np.outer(delta_o, h)
        b2 -= lr * delta_o
        W1 -= lr * np.outer(delta_h, x)
        b1 -= lr * delta_h

    if epoch % 10 == 0:
        print("epoch %3d  loss %.5f" % (epoch, total / 4))

for x, t in zip(X, T):
    o = np.tanh(W2 @ np.tanh(W1 @ x + b1) + b2)
    print(x, "->", round(float(o[0]), 3), "target", t)
