# 作业2: 用类实现反向传播 (Network 类, train(epochs) 方法)
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class Network:
    def __init__(self):
        # 权重初始值 (课上例题)
        self.w1, self.w2, self.w3, self.w4 = 0.2, -0.4, 0.5, 0.6
        self.w5, self.w6, self.w7, self.w8 = 0.1, -0.5, -0.3, 0.8
        self.lr = 1.0

    def forward(self, x1, x2):
        self.out_h1 = sigmoid(self.w1 * x1 + self.w3 * x2)
        self.out_h2 = sigmoid(self.w2 * x1 + self.w4 * x2)
        self.out_o1 = sigmoid(self.w5 * self.out_h1 + self.w7 * self.out_h2)
        self.out_o2 = sigmoid(self.w6 * self.out_h1 + self.w8 * self.out_h2)
        return self.out_o1, self.out_o2

    def backward(self, x1, x2, y1, y2):
        d_o1 = (self.out_o1 - y1) * self.out_o1 * (1 - self.out_o1)
        d_o2 = (self.out_o2 - y2) * self.out_o2 * (1 - self.out_o2)
        d_w5 = d_o1 * self.out_h1
        d_w7 = d_o1 * self.out_h2
        d_w6 = d_o2 * self.out_h1
        d_w8 = d_o2 * self.out_h2
        d_h1 = (d_w5 + d_w6) * self.out_h1 * (1 - self.out_h1)
        d_h2 = (d_o1 * self.w7 + d_o2 * self.w8) * self.out_h2 * (1 - self.out_h2)
        d_w1 = d_h1 * x1
        d_w3 = d_h1 * x2
        d_w2 = d_h2 * x1
        d_w4 = d_h2 * x2
        return d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8

    def train(self, epochs, x1, x2, y1, y2):
        for epoch in range(epochs):
            o1, o2 = self.forward(x1, x2)
            loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
            if epoch % 100 == 0:
                print(f"epoch {epoch}: loss = {loss:.4f}")
            g = self.backward(x1, x2, y1, y2)
            self.w1 -= self.lr * g[0]
            self.w2 -= self.lr * g[1]
            self.w3 -= self.lr * g[2]
            self.w4 -= self.lr * g[3]
            self.w5 -= self.lr * g[4]
            self.w6 -= self.lr * g[5]
            self.w7 -= self.lr * g[6]
            self.w8 -= self.lr * g[7]


net = Network()
net.train(300, 0.5, 0.3, 0.23, -0.07)
print("训练后的权值:", round(net.w1, 4), round(net.w5, 4), round(net.w8, 4))
