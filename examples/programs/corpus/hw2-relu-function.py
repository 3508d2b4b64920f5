# 作业2 改进:Sigmoid -> ReLU
# 把 sigmoid 换成 relu,梯度里的 out*(1-out) 也要改掉
import numpy as np


def relu(x):
    return np.maximum(0, x)


w1, w2, w3, w4 = 0.2, -0.4, 0.5, 0.6
w5, w6, w7, w8 = 0.1, -0.5, -0.3, 0.8
x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
lr = 0.5

for epoch in range(1, 21):
    # forward
    h1 = relu(w1 * x1 + w3 * x2)
    h2 = relu(w2 * x1 + w4 * x2)
    z_o1 = w5 * h1 + w7 * h2
    z_o2 = w6 * h1 + w8 * h2
    o1 = relu(z_o1)
    o2 = relu(z_o2)
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2

    # backward
    # 输出层:relu 的导数是 (z > 0)
    delta_o1 = (o1 - y1) * (z_o1 > 0)
    delta_o2 = (o2 - y2) * (z_o2 > 0)
    grad_w5 = delta_o1 * h1
    grad_w6 = delta_o2 * h1
    grad_w7 = delta_o1 * h2
    grad_w8 = delta_o2 * h2
    # 隐藏层
    delta_h1 = delta_o1 * w5 + delta_o2 * w6
    delta_h2 = delta_o1 * w7 + delta_o2 * w8
    grad_w1 = delta_h1 * x1
    grad_w3 = delta_h1 * x2
    grad_w2 = delta_h2 * x1
    grad_w4 = delta_h2 * x2

    # update
    w1 -= lr * grad_w1
    w2 -= lr * grad_w2
    w3 -= lr * grad_w3
    w4 -= lr * grad_w4
    w5 -= lr * grad_w5
    w6 -= lr * grad_w6
    w7 -= lr * grad_w7
    w8 -= lr * grad_w8

    if epoch % 5 == 0:
        print(f"epoch {epoch:2d}  loss = {loss:.6f}  o1 = {o1:.4f}  o2 = {o2:.4f}")

print("w =", [round(float(v), 4) for v in (w1, w2, w3, w4, w5, w6, w7, w8)])
