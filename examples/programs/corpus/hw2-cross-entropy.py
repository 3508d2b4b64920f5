# 人工智能-作业2 第8题:损失函数 MSE 改变为交叉熵
# 输出层仍然是 sigmoid,交叉熵 E = -[y*ln(o) + (1-y)*ln(1-o)]
# 交叉熵对 in_o1 求导时 sigmoid 的导数被约掉了:dE/d(in_o1) = out_o1 - y1
import numpy as np


def sigmoid(z):
    a = 1 / (1 + np.exp(-z))
    return a


def forward_propagate(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8):  # 正向传播
    in_h1 = w1 * x1 + w3 * x2
    out_h1 = sigmoid(in_h1)
    in_h2 = w2 * x1 + w4 * x2
    out_h2 = sigmoid(in_h2)

    in_o1 = w5 * out_h1 + w7 * out_h2
    out_o1 = sigmoid(in_o1)
    in_o2 = w6 * out_h1 + w8 * out_h2
    out_o2 = sigmoid(in_o2)

    return out_o1, out_o2, out_h1, out_h2


def cross_entropy(out_o1, out_o2, y1, y2):  # 交叉熵损失
    e1 = -(y1 * np.log(out_o1) + (1 - y1) * np.log(1 - out_o1))
    e2 = -(y2 * np.log(out_o2) + (1 - y2) * np.log(1 - out_o2))
    return e1 + e2


def back_propagate(out_o1, out_o2, out_h1, out_h2):  # 反向传播
    d_o1 = out_o1 - y1
    d_o2 = out_o2 - y2

    d_w5 = d_o1 * out_h1
    d_w7 = d_o1 * out_h2
    d_w6 = d_o2 * out_h1
    d_w8 = d_o2 * out_h2

    d_w1 = (d_o1 * w5 + d_o2 * w6) * out_h1 * (1 - out_h1) * x1
    d_w3 = (d_o1 * w5 + d_o2 * w6) * out_h1 * (1 - out_h1) * x2
    d_w2 = (d_o1 * w7 + d_o2 * w8) * out_h2 * (1 - out_h2) * x1
    d_w4 = (d_o1 * w7 + d_o2 * w8) * out_h2 * (1 - out_h2) * x2

    return d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8


if __name__ == "__main__":
    w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
    x1, x2 = 0.5, 0.3
    y1, y2 = 0.23, -0.07
    N = 10
    step = 1

    print("更新前的权值")
    print(w1, w2, w3, w4, w5, w6, w7, w8)
    for i in range(N):
        out_o1, out_o2, out_h1, out_h2 = forward_propagate(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8)
        loss = cross_entropy(out_o1, out_o2, y1, y2)
        print("=====第" + str(i + 1) + "轮=====", "交叉熵:", round(loss, 5))

        d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8 = back_propagate(out_o1, out_o2, out_h1, out_h2)
        print("\tgrad W: ", round(d_w1, 2), round(d_w2, 2), round(d_w3, 2), round(d_w4, 2),
              round(d_w5, 2), round(d_w6, 2), round(d_w7, 2), round(d_w8, 2))

        w1 = w1 - step * d_w1
        w2 = w2 - step * d_w2
        w3 = w3 - step * d_w3
        w4 = w4 - step * d_w4
        w5 = w5 - step * d_w5
        w6 = w6 - step * d_w6
        w7 = w7 - step * d_w7
        w8 = w8 - step * d_w8

    print("更新后的权值")
    print(round(w1, 4), round(w2, 4), round(w3, 4), round(w4, 4), round(w5, 4), round(w6, 4), round(w7, 4), round(w8, 4))
