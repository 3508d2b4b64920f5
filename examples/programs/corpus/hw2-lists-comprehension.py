# -*- coding: utf-8 -*-
# 人工智能-作业2:例题程序复现(权值用列表保存)
# 输入 x1, x2,真实输出 y1, y2;权值 w1-w8 放在列表 w 里,w[0] 就是 PPT 上的 w1
import numpy as np
import matplotlib.pyplot as plt


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward_propagate(x, w):
    # 隐藏层
    in_h1 = w[0] * x[0] + w[2] * x[1]
    out_h1 = sigmoid(in_h1)
    in_h2 = w[1] * x[0] + w[3] * x[1]
    out_h2 = sigmoid(in_h2)

    # 输出层
    in_o1 = w[4] * out_h1 + w[6] * out_h2
    out_o1 = sigmoid(in_o1)
    in_o2 = w[5] * out_h1 + w[7] * out_h2
    out_o2 = sigmoid(in_o2)

    return [out_h1, out_h2], [out_o1, out_o2]


def back_propagate(x, y, w, out_h, out_o):
    # 输出层的误差项 delta_o = (out - y) * sigmoid'
    delta_o = [(out_o[k] - y[k]) * out_o[k] * (1 - out_o[k]) for k in range(2)]
    # 隐藏层的误差项,由输出层传回来
    delta_h1 = (delta_o[0] * w[4] + delta_o[1] * w[5]) * out_h[0] * (1 - out_h[0])
    delta_h2 = (delta_o[0] * w[6] + delta_o[1] * w[7]) * out_h[1] * (1 - out_h[1])

    dw = [0.0] * 8
    dw[0] = delta_h1 * x[0]
    dw[1] = delta_h2 * x[0]
    dw[2] = delta_h1 * x[1]
    dw[3] = delta_h2 * x[1]
    dw[4] = delta_o[0] * out_h[0]
    dw[5] = delta_o[1] * out_h[0]
    dw[6] = delta_o[0] * out_h[1]
    dw[7] = delta_o[1] * out_h[1]
    return dw


if __name__ == "__main__":
    x = [0.5, 0.3]  # 输入值
    y = [0.23, -0.07]  # 真实输出值
    w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]  # 权值初始值,为配合PPT给的指定值
    lr = 1  # 步长
    N = 20  # 迭代次数
    verbose = True

    print("更新前的权值:", w)
    losses = []
    for epoch in range(N):
        # 正向传播
        out_h, out_o = forward_propagate(x, w)
        loss = 0.5 * ((out_o[0] - y[0]) ** 2 + (out_o[1] - y[1]) ** 2)
        losses.append(loss)

        # 反向传播
        dw = back_propagate(x, y, w, out_h, out_o)

        # 梯度下降,更新权值
        w = [w[i] - lr * dw[i] for i in range(8)]
        if verbose: print("第%d轮 损失函数: %.6f" % (epoch + 1, loss))

    print("更新后的权值:", [round(v, 4) for v in w])
    plt.plot(range(N), losses)
    plt.xlabel("epoch")
    plt.ylabel("loss")
    plt.show()
