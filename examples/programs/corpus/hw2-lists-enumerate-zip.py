# 作业2 例题复现:w1~w8 用一个列表,梯度也放进列表 dw,用 zip 一起更新
import numpy as np

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]
step = 1
epochs = 10
verbose = False


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


print("初始权值 w =", w)
for n in range(epochs):
    # 前向传播
    h1 = sigmoid(w[0] * x1 + w[2] * x2)
    h2 = sigmoid(w[1] * x1 + w[3] * x2)
    o1 = sigmoid(w[4] * h1 + w[6] * h2)
    o2 = sigmoid(w[5] * h1 + w[7] * h2)
    E = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
    if verbose: print("o1 =", o1, "o2 =", o2)

    # 反向传播:先算输出层,再算隐藏层
    g_o1 = (o1 - y1) * o1 * (1 - o1)
    g_o2 = (o2 - y2) * o2 * (1 - o2)
    g_h1 = (g_o1 * w[4] + g_o2 * w[5]) * h1 * (1 - h1)
    g_h2 = (g_o1 * w[6] + g_o2 * w[7]) * h2 * (1 - h2)
    dw = [g_h1 * x1, g_h2 * x1, g_h1 * x1, g_h2 * x2,
          g_o1 * h1, g_o2 * h1, g_o1 * h2, g_o2 * h2]

    # 更新权值
    for i, (wi, gi) in enumerate(zip(w, dw)):
        w[i] = wi - step * gi
    print("epoch", n + 1, "E =", round(E, 6))

print("训练后 w =", [round(v, 4) for v in w])
