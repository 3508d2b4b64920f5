# Homework 2: the eight weights in a dict, the gradients merged into one dict with |= (Python 3.9+)
import math

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
params = {"w1": 0.2, "w2": -0.4, "w3": 0.5, "w4": 0.6, "w5": 0.1, "w6": -0.5, "w7": -0.3, "w8": 0.8}
lr = 1.0


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


for it in range(20):
    p = params
    h1 = sigmoid(p["w1"] * x1 + p["w3"] * x2)
    h2 = sigmoid(p["w2"] * x1 + p["w4"] * x2)
    o1 = sigmoid(p["w5"] * h1 + p["w7"] * h2)
    o2 = sigmoid(p["w6"] * h1 + p["w8"] * h2)
    loss = 0.5 * ((o1 - y1) ** 2 + (o2 - y2) ** 2)

    d_o1 = (o1 - y1) * o1 * (1 - o1)
    d_o2 = (o2 - y2) * o2 * (1 - o2)
    d_h1 = (d_o1 * p["w5"] + d_o2 * p["w6"]) * h1 * (1 - h1)
    d_h2 = (d_o1 * p["w7"] + d_o2 * p["w8"]) * h2 * (1 - h2)

    grads = {}
    grads |= {"w5": d_o1 * h1, "w6": d_o2 * h1, "w7": d_o1 * h2, "w8": d_o2 * h2}
    grads |= {"w1": d_h1 * x1, "w2": d_h2 * x1, "w3": d_h1 * x2, "w4": d_h2 * x2}

    params = {k: v - lr * grads[k] for k, v in params.items()}
    if it % 5 == 4:
        print("iter", it + 1, "loss", round(loss, 6))

print({k: round(v, 4) for k, v in params.items()})
