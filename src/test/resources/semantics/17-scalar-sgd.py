# Per-sample SGD on XOR with a 2-2-1 sigmoid network, weights in lists (homework style).
import math
import random

random.seed(3)


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


X = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
Y = [0.0, 1.0, 1.0, 0.0]
w = [random.uniform(-1, 1) for _ in range(6)]
b = [0.0, 0.0, 0.0]
lr = 0.5
for epoch in range(2000):
    total = 0.0
    for (x1, x2), y in zip(X, Y):
        h1 = sigmoid(w[0] * x1 + w[1] * x2 + b[0])
        h2 = sigmoid(w[2] * x1 + w[3] * x2 + b[1])
        o = sigmoid(w[4] * h1 + w[5] * h2 + b[2])
        loss = 0.5 * (o - y) ** 2
        total += loss
        d_o = (o - y) * o * (1 - o)
        d_h1 = d_o * w[4] * h1 * (1 - h1)
        d_h2 = d_o * w[5] * h2 * (1 - h2)
        grads = [d_h1 * x1, d_h1 * x2, d_h2 * x1, d_h2 * x2, d_o * h1, d_o * h2]
        w = [wi - lr * gi for wi, gi in zip(w, grads)]
        b[0] -= lr * d_h1
        b[1] -= lr * d_h2
        b[2] -= lr * d_o
    if epoch % 500 == 0:
        print(f"epoch {epoch}: loss {total:.6f}")
print([f"{wi:.4f}" for wi in w])
print([round(sigmoid(w[4] * sigmoid(w[0] * a + w[1] * c + b[0]) + w[5] * sigmoid(w[2] * a + w[3] * c + b[1]) + b[2]), 3)
       for a, c in X])
