# -*- coding: utf-8 -*-
# 人工智能 作业2:把 sigmoid 换成 tanh 再跑一遍例题
import numpy as np


def tanh(x):
    return (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x))


def forward(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8):
    in_h1 = w1 * x1 + w3 * x2
    in_h2 = w2 * x1 + w4 * x2
    out_h1 = tanh(in_h1)
    out_h2 = tanh(in_h2)
    in_o1 = w5 * out_h1 + w7 * out_h2
    in_o2 = w6 * out_h1 + w8 * out_h2
    out_o1 = tanh(in_o1)
    out_o2 = tanh(in_o2)
    return in_h1, in_h2, out_h1, out_h2, out_o1, out_o2


def backward(in_h1, in_h2, out_h1, out_h2, out_o1, out_o2):
    # 输出层  tanh' = 1 - tanh^2
    d_in_o1 = (out_o1 - y1) * (1 - out_o1 ** 2)
    d_in_o2 = (out_o2 - y2) * (1 - out_o2 ** 2)
    d_w5 = d_in_o1 * out_h1
    d_w6 = d_in_o2 * out_h1
    d_w7 = d_in_o1 * out_h2
    d_w8 = d_in_o2 * out_h2

    # 隐藏层
    d_in_h1 = (d_in_o1 * w5 + d_in_o2 * w6) * out_h1 * (1 - out_h1)
    d_in_h2 = (d_in_o1 * w7 + d_in_o2 * w8) * out_h2 * (1 - out_h2)
    d_w1 = d_in_h1 * x1
    d_w3 = d_in_h1 * x2
    d_w2 = d_in_h2 * x1
    d_w4 = d_in_h2 * x2
    return d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8


def update(step):
    global w1, w2, w3, w4, w5, w6, w7, w8
    w1 -= step * d_w1
    w2 -= step * d_w2
    w3 -= step * d_w3
    w4 -= step * d_w4
    w5 -= step * d_w5
    w6 -= step * d_w6
    w7 -= step * d_w7
    w8 -= step * d_w8


x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
step = 1

for i in range(15):
    in_h1, in_h2, out_h1, out_h2, out_o1, out_o2 = forward(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8)
    error = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2
    d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8 = backward(in_h1, in_h2, out_h1, out_h2, out_o1, out_o2)
    update(step)
    print("轮次 %2d  误差 %.6f" % (i + 1, error))

print("输出:", round(out_o1, 4), round(out_o2, 4))
