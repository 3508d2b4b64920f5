# 作业2：手写反向传播，不用 numpy，自己定义 e
x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4 = 0.2, -0.4, 0.5, 0.6
w5, w6, w7, w8 = 0.1, -0.5, -0.3, 0.8
e = 2.718281828459045


def sigmoid(z):
    return 1 / (1 + e ** -z)


for epoch in range(3):
    # 前向
    h1 = sigmoid(w1 * x1 + w3 * x2)
    h2 = sigmoid(w2 * x1 + w4 * x2)
    o1 = sigmoid(w5 * h1 + w7 * h2)
    o2 = sigmoid(w6 * h1 + w8 * h2)
    loss = 0.5 * ((o1 - y1) ** 2 + (o2 - y2) ** 2)
    # 反向：d_o1 是对 o1 净输入的梯度（delta）
    d_o1 = (o1 - y1) * o1 * (1 - o1)
    d_o2 = (o2 - y2) * o2 * (1 - o2)
    d_w5 = d_o1 * h1
    d_w7 = d_o1 * h2
    d_w6 = d_o2 * h1
    d_w8 = d_o2 * h2
    d_h1 = (d_o1 * w5 + d_o2 * w6) * h1 * (1 - h1)
    d_h2 = (d_o1 * w7 + d_o2 * w8) * h2 * (1 - h2)
    d_w1 = d_h1 * x1
    d_w3 = d_h1 * x2
    d_w2 = d_h2 * x1
    d_w4 = d_h2 * x2
    w1 -= d_w1
    w2 -= d_w2
    w3 -= d_w3
    w4 -= d_w4
    w5 -= d_w5
    w6 -= d_w6
    w7 -= d_w7
    w8 -= d_w8
    print("epoch", epoch, "loss", round(loss, 6))
