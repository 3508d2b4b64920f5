# 作业2 矩阵版: 正向传播用矩阵乘法, 更新时用两重循环逐个元素更新 W1, W2
import numpy as np

x = np.array([0.5, 0.3])
y = np.array([0.23, -0.07])
W1 = np.array([[0.2, 0.5], [-0.4, 0.6]])
W2 = np.array([[0.1, -0.3], [-0.5, 0.8]])
lr = 1.0


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(50):
    h = sigmoid(W1 @ x)
    o = sigmoid(W2 @ h)
    loss = 0.5 * np.sum((o - y) ** 2)
    # 反向传播
    do = (o - y) * o * (1 - o)
    dh = (W2.T @ do) * h * (1 - h)
    dW2 = np.outer(do, h)
    dW1 = np.outer(x, dh)
    # 逐个元素更新
    for i in range(2):
        for j in range(2):
            W1[i, j] -= lr * dW1[i, j]
            W2[i, j] -= lr * dW2[i, j]
    if epoch % 10 == 0:
        print("epoch", epoch, "loss", round(loss, 6))

print(np.round(W1, 4))
print(np.round(W2, 4))
