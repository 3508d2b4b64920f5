# Homework 2 with a dict of weights and a defaultdict(float) of gradients, one planted mistake: d_h2 forgets
# the sigmoid derivative (1 - h2), so the gradients of w2 and w4 are wrong
import math
from collections import defaultdict

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w = {"w1": 0.2, "w2": -0.4, "w3": 0.5, "w4": 0.6, "w5": 0.1, "w6": -0.5, "w7": -0.3, "w8": 0.8}
lr = 1.0


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


for epoch in range(20):
    h1 = sigmoid(w["w1"] * x1 + w["w3"] * x2)
    h2 = sigmoid(w["w2"] * x1 + w["w4"] * x2)
    o1 = sigmoid(w["w5"] * h1 + w["w7"] * h2)
    o2 = sigmoid(w["w6"] * h1 + w["w8"] * h2)
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2

    grads = defaultdict(float)
    d_o1 = (o1 - y1) * o1 * (1 - o1)
    d_o2 = (o2 - y2) * o2 * (1 - o2)
    grads["w5"] += d_o1 * h1
    grads["w7"] += d_o1 * h2
    grads["w6"] += d_o2 * h1
    grads["w8"] += d_o2 * h2
    d_h1 = (d_o1 * w["w5"] + d_o2 * w["w6"]) * h1 * (1 - h1)
    d_h2 = (d_o1 * w["w7"] + d_o2 * w["w8"]) * h2
    grads["w1"] += d_h1 * x1
    grads["w3"] += d_h1 * x2
    grads["w2"] += d_h2 * x1
    grads["w4"] += d_h2 * x2
    for name in w:
        w[name] -= lr * grads[name]
    if epoch % 5 == 0:
        print(epoch, round(loss, 8), dict(grads))
print(w)
