import math

# 作业2 变体:隐藏层 tanh,输出层 sigmoid,损失函数换成交叉熵,训练 100 轮,每 10 轮打印一次

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
lr = 0.1
epochs = 100


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


for epoch in range(epochs):
    # 前向传播
    out_h1 = math.tanh(w1 * x1 + w3 * x2)
    out_h2 = math.tanh(w2 * x1 + w4 * x2)
    out_o1 = sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = sigmoid(w6 * out_h1 + w8 * out_h2)
    # 交叉熵
    loss = -(y1 * math.log(out_o1) + (1 - y1) * math.log(1 - out_o1)) \
        - (y2 * math.log(out_o2) + (1 - y2) * math.log(1 - out_o2))

    # 反向传播:sigmoid + 交叉熵,输出层的误差
    d_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    d_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    d_h1 = (d_o1 * w5 + d_o2 * w6) * (1 - out_h1 ** 2)
    d_h2 = (d_o1 * w7 + d_o2 * w8) * (1 - out_h2 ** 2)

    d_w1, d_w3 = d_h1 * x1, d_h1 * x2
    d_w2, d_w4 = d_h2 * x1, d_h2 * x2
    d_w5, d_w7 = d_o1 * out_h1, d_o1 * out_h2
    d_w6, d_w8 = d_o2 * out_h1, d_o2 * out_h2

    w1 = w1 - lr * d_w1
    w2 = w2 - lr * d_w2
    w3 = w3 - lr * d_w3
    w4 = w4 - lr * d_w4
    w5 = w5 - lr * d_w5
    w6 = w6 - lr * d_w6
    w7 = w7 - lr * d_w7
    w8 = w8 - lr * d_w8

    if (epoch + 1) % 10 == 0:
        print(f"epoch {epoch + 1:>3}: loss = {loss:.6f}, o1 = {out_o1:.4f}, o2 = {out_o2:+.4f}")

print(round(w1, 4), round(w2, 4), round(w3, 4), round(w4, 4))
print(round(w5, 4), round(w6, 4), round(w7, 4), round(w8, 4))
