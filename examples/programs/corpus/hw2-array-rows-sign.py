# 作业2 (数组版): 权值矩阵 W1, W2, 按 W[i][j] 逐个读取和更新
import numpy as np

x1, x2 = 0.5, 0.3        # 输入
y1, y2 = 0.23, -0.07     # 真实输出
W1 = np.array([[0.2, 0.5],
               [-0.4, 0.6]])   # 第 i 行: 隐藏神经元 h(i+1) 的两个权值
W2 = np.array([[0.1, -0.3],
               [-0.5, 0.8]])   # 第 i 行: 输出神经元 o(i+1) 的两个权值
step = 1


def sigmoid(z):
    a = 1 / (1 + np.exp(-z))
    return a


for i in range(50):
    # 正向传播
    out_h1 = sigmoid(W1[0][0] * x1 + W1[0][1] * x2)
    out_h2 = sigmoid(W1[1][0] * x1 + W1[1][1] * x2)
    out_o1 = sigmoid(W2[0][0] * out_h1 + W2[0][1] * out_h2)
    out_o2 = sigmoid(W2[1][0] * out_h1 + W2[1][1] * out_h2)
    error = (1 / 2) * (out_o1 - y1) ** 2 + (1 / 2) * (out_o2 - y2) ** 2

    # 反向传播
    d_o1 = out_o1 - y1
    d_o2 = out_o2 - y2
    d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1
    d_w7 = d_o1 * out_o1 * (1 - out_o1) * out_h2
    d_w6 = d_o2 * out_o2 * (1 - out_o2) * out_h1
    d_w8 = d_o2 * out_o2 * (1 - out_o2) * out_h2
    d_w1 = (d_w5 * W2[0][0] / out_h1 + d_w6 * W2[1][0] / out_h1) * out_h1 * (1 - out_h1) * x1
    d_w3 = (d_w5 * W2[0][0] / out_h1 + d_w6 * W2[1][0] / out_h1) * out_h1 * (1 - out_h1) * x2
    d_w2 = (d_w7 * W2[0][1] / out_h2 + d_w8 * W2[1][1] / out_h2) * out_h2 * (1 - out_h2) * x1
    d_w4 = (d_w7 * W2[0][1] / out_h2 + d_w8 * W2[1][1] / out_h2) * out_h2 * (1 - out_h2) * x2

    # 梯度下降, 更新权值
    W1[0][0] = W1[0][0] - step * d_w1
    W1[1][0] = W1[1][0] + step * d_w2
    W1[0][1] = W1[0][1] - step * d_w3
    W1[1][1] = W1[1][1] - step * d_w4
    W2[0][0] = W2[0][0] - step * d_w5
    W2[1][0] = W2[1][0] - step * d_w6
    W2[0][1] = W2[0][1] - step * d_w7
    W2[1][1] = W2[1][1] - step * d_w8
    if i % 10 == 0:
        print("第" + str(i) + "轮 损失函数(均方误差):", round(error, 6))

print("更新后的权值")
print(W1)
print(W2)
