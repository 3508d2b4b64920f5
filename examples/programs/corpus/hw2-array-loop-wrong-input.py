# 作业2: w1~w8 放在一维 numpy 数组里, 梯度放在列表里, 用 for 循环逐个更新
import numpy as np

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w = np.array([0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8])
lr = 1.0


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(100):
    h1 = sigmoid(w[0] * x1 + w[2] * x2)
    h2 = sigmoid(w[1] * x1 + w[3] * x2)
    o1 = sigmoid(w[4] * h1 + w[6] * h2)
    o2 = sigmoid(w[5] * h1 + w[7] * h2)
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2

    g_o1 = (o1 - y1) * o1 * (1 - o1)
    g_o2 = (o2 - y2) * o2 * (1 - o2)
    g_h1 = (g_o1 * w[4] + g_o2 * w[5]) * h1 * (1 - h1)
    g_h2 = (g_o1 * w[6] + g_o2 * w[7]) * h2 * (1 - h2)
    g = [g_h1 * x1, g_h2 * x1, g_h1 * x2, g_h2 * x1,
         g_o1 * h1, g_o2 * h1, g_o1 * h2, g_o2 * h2]
    for i in range(8):
        w[i] -= lr * g[i]
    if epoch % 20 == 0:
        print("epoch", epoch, "loss", round(loss, 6))

print("w =", np.round(w, 4))
