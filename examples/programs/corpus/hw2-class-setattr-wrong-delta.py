# 作业2 (类的写法): 权值是对象的属性 self.w1 ~ self.w8, 用 setattr/getattr 按名字循环更新
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class Net:
    def __init__(self, lr):
        self.w1, self.w2, self.w3, self.w4 = 0.2, -0.4, 0.5, 0.6
        self.w5, self.w6, self.w7, self.w8 = 0.1, -0.5, -0.3, 0.8
        self.lr = lr

    def train_step(self, x1, x2, y1, y2):
        # 正向传播
        h1 = sigmoid(self.w1 * x1 + self.w3 * x2)
        h2 = sigmoid(self.w2 * x1 + self.w4 * x2)
        o1 = sigmoid(self.w5 * h1 + self.w7 * h2)
        o2 = sigmoid(self.w6 * h1 + self.w8 * h2)
        loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
        # 反向传播
        g_o1 = (o1 - y1) * o1 * (1 - o1)
        g_o2 = (o2 - y2) * o2 * (1 - o2)
        g_h1 = (g_o1 * self.w5 + g_o2 * self.w6) * h1 * (1 - h1)
        g_h2 = (g_o1 * self.w7 + g_o2 * self.w8) * h2 * (1 - h2)
        self.d_w1, self.d_w3 = g_h1 * x1, g_h1 * x2
        self.d_w2, self.d_w4 = g_h2 * x1, g_h2 * x2
        self.d_w5, self.d_w7 = g_o1 * h1, g_o1 * h2
        self.d_w6, self.d_w8 = g_o2 * h1, g_o1 * h2
        # 按名字更新权值
        for name in ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']:
            setattr(self, name, getattr(self, name) - self.lr * getattr(self, 'd_' + name))
        return loss


net = Net(lr=1.0)
for epoch in range(100):
    loss = net.train_step(0.5, 0.3, 0.23, -0.07)
    if epoch % 20 == 0:
        print("第 %d 轮, 损失 %.6f" % (epoch, loss))
print("w1 =", round(net.w1, 4), "w8 =", round(net.w8, 4))
