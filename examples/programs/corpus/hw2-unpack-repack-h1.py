# 第10题: np.random.normal 随机初始化, 每轮解包成 w1..w8 再打包
import numpy as np

np.random.seed(0)
w = np.random.normal(0, 1, 8)
x1, x2, y1, y2 = 0.5, 0.3, 0.23, -0.07
lr = 0.1


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(1000):
    w1, w2, w3, w4, w5, w6, w7, w8 = w
    h1 = sigmoid(w1 * x1 + w3 * x2)
    h2 = sigmoid(w2 * x1 + w4 * x2)
    o1 = sigmoid(w5 * h1 + w7 * h2)
    o2 = sigmoid(w6 * h1 + w8 * h2)
    error = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
    e1 = (o1 - y1) * o1 * (1 - o1)
    e2 = (o2 - y2) * o2 * (1 - o2)
    f1 = (e1 * w5 + e2 * w6) * h1 * (1 - h1)
    f2 = (e1 * w7 + e2 * w8) * h2 * (1 - h1)
    grad = np.array([f1 * x1, f2 * x1, f1 * x2, f2 * x2, e1 * h1, e2 * h1, e1 * h2, e2 * h2])
    w = np.array([w1, w2, w3, w4, w5, w6, w7, w8]) - lr * grad
    if epoch % 100 == 0:
        print(f"epoch {epoch:4d}: error = {error:.4e}")
print("w =", w.round(3))
