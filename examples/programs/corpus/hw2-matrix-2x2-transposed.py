# 作业2 矩阵版: 权值放在 2x2 的 numpy 数组里, 按 W[i, j] 取元素
import numpy as np

x = np.array([[0.5], [0.3]])
y = np.array([[0.23], [-0.07]])
# W1[0, 0] = w1, W1[0, 1] = w3, W1[1, 0] = w2, W1[1, 1] = w4
W1 = np.array([[0.2, 0.5], [-0.4, 0.6]])
W2 = np.array([[0.1, -0.3], [-0.5, 0.8]])
lr = 0.5


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


for epoch in range(200):
    in_h1 = W1[0, 0] * x[0, 0] + W1[0, 1] * x[1, 0]
    in_h2 = W1[1, 0] * x[0, 0] + W1[1, 1] * x[1, 0]
    out_h1, out_h2 = sigmoid(in_h1), sigmoid(in_h2)
    in_o1 = W2[0, 0] * out_h1 + W2[0, 1] * out_h2
    in_o2 = W2[1, 0] * out_h1 + W2[1, 1] * out_h2
    out_o1, out_o2 = sigmoid(in_o1), sigmoid(in_o2)
    loss = 0.5 * ((out_o1 - y[0, 0]) ** 2 + (out_o2 - y[1, 0]) ** 2)

    delta_o1 = (out_o1 - y[0, 0]) * out_o1 * (1 - out_o1)
    delta_o2 = (out_o2 - y[1, 0]) * out_o2 * (1 - out_o2)
    delta_h1 = (delta_o1 * W2[0, 0] + delta_o2 * W2[1, 0]) * out_h1 * (1 - out_h1)
    delta_h2 = (delta_o1 * W2[0, 1] + delta_o2 * W2[1, 1]) * out_h2 * (1 - out_h2)
    dW2 = np.array([[delta_o1 * out_h1, delta_o1 * out_h2],
                    [delta_o2 * out_h1, delta_o2 * out_h2]])
    dW1 = np.array([[delta_h1 * x[0, 0], delta_h2 * x[0, 0]],
                    [delta_h1 * x[1, 0], delta_h2 * x[1, 0]]])
    W1 -= lr * dW1
    W2 -= lr * dW2
    if epoch % 50 == 0:
        print("epoch %3d  loss %.6f" % (epoch, loss))

print(np.round(W1, 4))
print(np.round(W2, 4))
