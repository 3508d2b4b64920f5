# 作业2 矩阵写法: MSE (两个输出取平均), 步长 step=10 再乘 0.01, format() 打印
import numpy as np

x = np.array([0.5, 0.3])
y = np.array([0.23, -0.07])
W1 = np.array([[0.2, 0.5], [-0.4, 0.6]])   # rows: h1, h2
W2 = np.array([[0.1, -0.3], [-0.5, 0.8]])  # rows: o1, o2
step = 10

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))
for epoch in range(40):
    h = sigmoid(W1 @ x)
    o = W2 @ h
    loss = np.mean((o - y) ** 2)
    dO = 2 * (o - y) / 2
    dW2 = np.outer(dO, h)
    dH = W2.T @ dO * h * (1 - h)
    dW1 = np.outer(dH, x)
    W1 = W1 - step * dW1 * 0.01
    W2 = W2 - step * dW2 * 0.01
    if epoch % 10 == 9:
        print("epoch {:>3}: loss {:.6e}".format(epoch + 1, loss))
        print(format(loss, ".4f"), format(float(o[0]), "10.5f"), "{0:.3f}/{1:.3f}".format(*o))
print(np.round(W1, 4))
print(W2.round(3).tolist())
