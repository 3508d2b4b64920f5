import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


x1, x2 = 0.5, 0.3
w = np.array([0.2, -0.4])
o = sigmoid(w[0] * x1 + w[1] * x2)
print(o, float(o), round(o, 5), o * (1 - o), np.exp(1.0), max(o, 0.5), abs(o - 1))
E = 0.5 * (o - 0.23) ** 2
print(E, np.sum(np.array([E, E])), np.array([o, o]).tolist(), np.array([[o, x1], [x2, o]]).tolist())
