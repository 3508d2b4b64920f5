# 作业2: 每个权值用 update_w(w, d_w, step) 更新, 函数返回 w - step * d_w
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def update_w(w, d_w, step):
    return w - step * d_w


x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
step = 1

for i in range(100):
    out_h1 = sigmoid(w1 * x1 + w3 * x2)
    out_h2 = sigmoid(w2 * x1 + w4 * x2)
    out_o1 = sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = sigmoid(w6 * out_h1 + w8 * out_h2)
    loss = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2

    delta_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    delta_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    delta_h1 = (delta_o1 * w5 + delta_o2 * w6) * out_h1 * (1 - out_h1)
    delta_h2 = (delta_o1 * w7 + delta_o2 * w8) * out_h2 * (1 - out_h2)

    d_w1, d_w3 = delta_h1 * x1, delta_h1 * x2
    d_w2, d_w4 = delta_h2 * x1, delta_h2 * x2
    d_w5, d_w7 = delta_o1 * out_h1, delta_o1 * out_h2
    d_w6, d_w8 = delta_o2 * out_h2, delta_o2 * out_h2

    w1 = update_w(w1, d_w1, step)
    w2 = update_w(w2, d_w2, step)
    w3 = update_w(w3, d_w3, step)
    w4 = update_w(w4, d_w4, step)
    w5 = update_w(w5, d_w5, step)
    w6 = update_w(w6, d_w6, step)
    w7 = update_w(w7, d_w7, step)
    w8 = update_w(w8, d_w8, step)
    if i % 10 == 0:
        print("第 %d 轮 loss = %.8f" % (i, loss))
print("w1..w8 =", [round(w, 4) for w in (w1, w2, w3, w4, w5, w6, w7, w8)])
