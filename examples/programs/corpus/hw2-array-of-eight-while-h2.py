# 作业2: 8 个权值放在一个 numpy 数组 w 里, w[0]..w[7] 分别是 w1..w8; while 循环训练 100 轮, 步长 10
import numpy as np

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w = np.array([0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8])  # 权重初始值
lr = 10


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(w):
    out_h1 = sigmoid(w[0] * x1 + w[2] * x2)
    out_h2 = sigmoid(w[1] * x1 + w[3] * x2)
    out_o1 = sigmoid(w[4] * out_h1 + w[6] * out_h2)
    out_o2 = sigmoid(w[5] * out_h1 + w[7] * out_h2)
    return out_h1, out_h2, out_o1, out_o2


epoch = 0
while epoch < 100:
    out_h1, out_h2, out_o1, out_o2 = forward(w)
    loss = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2   # 均方误差
    # 反向传播
    d_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    d_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    d_h1 = (d_o1 * w[4] + d_o2 * w[5]) * out_h1 * (1 - out_h1)
    d_h2 = (d_o1 * w[6] + d_o2 * w[7]) * out_h2
    dw = np.array([d_h1 * x1, d_h2 * x1, d_h1 * x2, d_h2 * x2,
                   d_o1 * out_h1, d_o2 * out_h1, d_o1 * out_h2, d_o2 * out_h2])
    w -= lr * dw
    epoch += 1
    if epoch % 20 == 0:
        print("第%d轮: 损失 = %.6f" % (epoch, loss), [round(v, 4) for v in w])
print("最终权值:", np.round(w, 4))
