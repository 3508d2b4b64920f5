import math
import random

# a 2-3-1 network for XOR in plain Python: lists of lists, math.exp, nested loops over neurons, one sample per step

random.seed(42)

n_in, n_hidden = 2, 3
W1 = [[random.uniform(-1, 1) for _ in range(n_in)] for _ in range(n_hidden)]
b1 = [0.0 for _ in range(n_hidden)]
W2 = [random.uniform(-1, 1) for _ in range(n_hidden)]
b2 = 0.0

data = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)]
lr = 0.5


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def forward(x):
    h = []
    for j in range(n_hidden):
        z = b1[j]
        for i in range(n_in):
            z += W1[j][i] * x[i]
        h.append(sigmoid(z))
    z_out = b2
    for j in range(n_hidden):
        z_out += W2[j] * h[j]
    return h, sigmoid(z_out)


for epoch in range(200):
    total = 0.0
    for x, y in data:
        h, out = forward(x)
        loss = 0.5 * (out - y) ** 2
        total += loss

        d_out = (out - y) * out * (1 - out)
        d_h = [d_out * W2[j] * h[j] * (1 - h[j]) for j in range(n_hidden)]

        for j in range(n_hidden):
            W2[j] -= lr * d_out * h[j]
        b2 -= lr * d_out
        for j in range(n_hidden):
            for i in range(n_in):
                W1[j][i] -= lr * d_h[j] * x[i]
            b1[j] -= lr * d_h[j]
    if epoch % 50 == 0:
        print("epoch", epoch, "loss", round(total, 6))

for x, y in data:
    print(x, y, "%.3f" % forward(x)[1])
