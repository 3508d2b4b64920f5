# 作业2:用 numpy 数组存 8 个权值,一次更新全部
import numpy as np

x = np.array([0.5, 0.3])
y = np.array([0.23, -0.07])
w = np.array([0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8])  # w1 ... w8
lr = 1.0


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


print("初始权值:", w)
for it in range(25):
    # 正向传播
    h = sigmoid(np.array([w[0] * x[0] + w[2] * x[1],
                          w[1] * x[0] + w[3] * x[1]]))
    o = sigmoid(np.array([w[4] * h[0] + w[6] * h[1],
                          w[5] * h[0] + w[7] * h[1]]))
    loss = 0.5 * np.sum((o - y) ** 2)

    # 反向传播
    delta_o = (o - y) * o * (1 - o)
    delta_h = np.array([delta_o[0] * w[4] + delta_o[1] * w[5],
                        delta_o[0] * w[6] + delta_o[1] * w[7]]) * h * (1 - h)
    dw = np.array([delta_h[0] * x[0], delta_h[1] * x[0], delta_h[0] * x[1], delta_h[1] * x[1],
                   delta_o[0] * h[0], delta_o[1] * h[0], delta_o[0] * h[1], delta_o[1] * h[1]])

    # 更新
    w = w - lr * dw
    if it % 5 == 4:
        print("iter", it + 1, "loss", np.round(loss, 6), "output", np.round(o, 4))

print("训练后权值:", np.round(w, 4))
