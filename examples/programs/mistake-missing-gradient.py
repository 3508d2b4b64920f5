# Mistake: one parameter's gradient is never computed.
# The file computes and applies d_w1, d_w2, d_w3 but forgets w4: its gradient is checked nowhere, and bpdiff
# says so instead of passing the rest.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward_propagate(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8):
    in_h1 = w1 * x1 + w3 * x2
    out_h1 = sigmoid(in_h1)
    in_h2 = w2 * x1 + w4 * x2
    out_h2 = sigmoid(in_h2)
    in_o1 = w5 * out_h1 + w7 * out_h2
    out_o1 = sigmoid(in_o1)
    in_o2 = w6 * out_h1 + w8 * out_h2
    out_o2 = sigmoid(in_o2)
    return in_h1, out_h1, in_h2, out_h2, in_o1, out_o1, in_o2, out_o2


w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
step = 1
N = 1

for i in range(N):
    in_h1, out_h1, in_h2, out_h2, in_o1, out_o1, in_o2, out_o2 = forward_propagate(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8)
    E = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2

    d_o1 = out_o1 - y1
    d_o2 = out_o2 - y2
    delta_o1 = d_o1 * out_o1 * (1 - out_o1)
    delta_o2 = d_o2 * out_o2 * (1 - out_o2)
    d_w5 = delta_o1 * out_h1
    d_w6 = delta_o2 * out_h1
    d_w7 = delta_o1 * out_h2
    d_w8 = delta_o2 * out_h2
    d_h1 = delta_o1 * w5 + delta_o2 * w6
    d_h2 = delta_o1 * w7 + delta_o2 * w8
    delta_h1 = d_h1 * out_h1 * (1 - out_h1)
    delta_h2 = d_h2 * out_h2 * (1 - out_h2)
    d_w1 = delta_h1 * x1
    d_w3 = delta_h1 * x2
    d_w2 = delta_h2 * x1
    w5 = w5 - step * d_w5
    w6 = w6 - step * d_w6
    w7 = w7 - step * d_w7
    w8 = w8 - step * d_w8
    w1 = w1 - step * d_w1
    w2 = w2 - step * d_w2
    w3 = w3 - step * d_w3
    print("epoch", i, "E =", round(E, 6))
