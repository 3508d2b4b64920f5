# 作业2: 权值放在 numpy 数组里, 逐个元素更新
import numpy as np

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
W1 = np.array([[0.2, 0.5], [-0.4, 0.6]])   # [[w1, w3], [w2, w4]]
W2 = np.array([[0.1, -0.3], [-0.5, 0.8]])  # [[w5, w7], [w6, w8]]
lr = 1.0


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(100):
    in_h1 = W1[0, 0] * x1 + W1[0, 1] * x2
    out_h1 = sigmoid(in_h1)
    in_h2 = W1[1, 0] * x1 + W1[1, 1] * x2
    out_h2 = sigmoid(in_h2)
    in_o1 = W2[0, 0] * out_h1 + W2[0, 1] * out_h2
    out_o1 = sigmoid(in_o1)
    in_o2 = W2[1, 0] * out_h1 + W2[1, 1] * out_h2
    out_o2 = sigmoid(in_o2)
    loss = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2

    d_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    d_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    d_w5 = d_o1 * out_h1
    d_w7 = d_o1 * out_h2
    d_w6 = d_o2 * out_h1
    d_w8 = d_o2 * out_h2
    d_h1 = (d_o1 * W2[0, 0] + d_o2 * W2[1, 0]) * out_h1 * (1 - out_h1)
    d_h2 = (d_o1 * W2[0, 1] + d_o2 * W2[1, 1]) * out_h2 * (1 - out_h2)
    d_w1 = d_h1 * x1
    d_w3 = d_h1 * x2
    d_w2 = d_h2 * x1
    d_w4 = d_h2 * x2

    W1[0, 0] -= lr * d_w1
    W1[0, 1] -= lr * d_w3
    W1[1, 0] -= lr * d_w2
    W1[1, 1] -= lr * d_w4
    W2[0, 0] -= lr * d_w5
    W2[0, 1] -= lr * d_w7
    W2[1, 0] -= lr * d_w6
    W2[1, 1] -= lr * d_w8
    if epoch % 20 == 0:
        print("第", epoch, "轮 损失:", round(loss, 6))

print(np.round(W1, 4))
print(np.round(W2, 4))
