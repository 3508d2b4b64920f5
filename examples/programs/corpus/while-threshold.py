# 训练到误差小于阈值为止(while 循环),例题网络
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
lr = 2.0
threshold = 0.02
max_epochs = 300

epoch = 0
E = 1.0
while E > threshold and epoch < max_epochs:
    # forward
    out_h1 = sigmoid(w1 * x1 + w3 * x2)
    out_h2 = sigmoid(w2 * x1 + w4 * x2)
    out_o1 = sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = sigmoid(w6 * out_h1 + w8 * out_h2)
    E = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2

    # backward
    d_out = [out_o1 - y1, out_o2 - y2]
    grad_o1 = d_out[0] * out_o1 * (1 - out_o1)
    grad_o2 = d_out[1] * out_o2 * (1 - out_o2)
    delta_h1 = (grad_o1 * w5 + grad_o2 * w6) * out_h1 * (1 - out_h1)
    delta_h2 = (grad_o1 * w7 + grad_o2 * w8) * out_h2 * (1 - out_h2)

    # update
    w1 -= lr * delta_h1 * x1
    w2 -= lr * delta_h2 * x1
    w3 -= lr * delta_h1 * x2
    w4 -= lr * delta_h2 * x2
    w5 -= lr * grad_o1 * out_h1
    w6 -= lr * grad_o2 * out_h1
    w7 -= lr * grad_o1 * out_h2
    w8 -= lr * grad_o2 * out_h2

    epoch += 1
    if epoch % 20 == 0:
        print("epoch", epoch, "E =", round(E, 5))

print("stopped after", epoch, "epochs, E =", round(E, 6))
print("out_o1 =", round(out_o1, 4), "out_o2 =", round(out_o2, 4))
