import random

import numpy as np

# 作业2 第10题:权值 w1-w8 初始值换为随机数,步长 0.5,训练 1000 次

random.seed(2023)
x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = [random.uniform(-1, 1) for _ in range(8)]
print("初始权值: %.4f %.4f %.4f %.4f %.4f %.4f %.4f %.4f" % (w1, w2, w3, w4, w5, w6, w7, w8))
step = 0.5


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def forward(w1, w2, w3, w4, w5, w6, w7, w8):
    out_h1 = sigmoid(w1 * x1 + w3 * x2)
    out_h2 = sigmoid(w2 * x1 + w4 * x2)
    out_o1 = sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = sigmoid(w6 * out_h1 + w8 * out_h2)
    return out_h1, out_h2, out_o1, out_o2


for i in range(1000):
    out_h1, out_h2, out_o1, out_o2 = forward(w1, w2, w3, w4, w5, w6, w7, w8)
    error = ((out_o1 - y1) ** 2 + (out_o2 - y2) ** 2) / 2

    t1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    t2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    d_w5 = t1 * out_h1
    d_w7 = t1 * out_h2
    d_w6 = t2 * out_h1
    d_w8 = t2 * out_h2
    d_w1 = (t1 * w5 + t2 * w6) * out_h1 * (1 - out_h1) * x1
    d_w3 = (t1 * w5 + t2 * w6) * out_h1 * (1 - out_h1) * x2
    d_w2 = (t1 * w7 + t2 * w8) * out_h2 * (1 - out_h2) * x1
    d_w4 = (t1 * w7 + t2 * w8) * out_h2 * (1 - out_h2) * x2

    w1 -= step * d_w1
    w2 -= step * d_w2
    w3 -= step * d_w3
    w4 -= step * d_w4
    w5 -= step * d_w5
    w6 -= step * d_w6
    w7 -= step * d_w7
    w8 -= step * d_w8

    if i % 100 == 0:
        print("第%4d次  误差 %.8f  输出 %.5f %.5f" % (i, error, out_o1, out_o2))

print("最终:", round(w1, 4), round(w2, 4), round(w3, 4), round(w4, 4), round(w5, 4), round(w6, 4), round(w7, 4),
      round(w8, 4))
