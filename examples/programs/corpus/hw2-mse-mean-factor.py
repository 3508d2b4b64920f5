import numpy as np

# 作业2 第7题:损失函数 MSE 取平均 (nn.MSELoss 的 reduction='mean'),两个输出取平均

x = np.array([0.5, 0.3])
y = np.array([0.23, -0.07])
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
lr = 1.0


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


losses = []
for epoch in range(60):
    h1 = sigmoid(w1 * x[0] + w3 * x[1])
    h2 = sigmoid(w2 * x[0] + w4 * x[1])
    o1 = sigmoid(w5 * h1 + w7 * h2)
    o2 = sigmoid(w6 * h1 + w8 * h2)
    loss = ((o1 - y[0]) ** 2 + (o2 - y[1]) ** 2) / 2
    losses.append(loss)

    # dL/do = 2 (o - y) / N, N = 2
    g_o1 = 2 * (o1 - y[0]) / 2
    g_o2 = 2 * (o2 - y[1]) / 2
    g_in_o1 = g_o1 * o1 * (1 - o1)
    g_in_o2 = g_o2 * o2 * (1 - o2)
    g_in_h1 = (g_in_o1 * w5 + g_in_o2 * w6) * h1 * (1 - h1)
    g_in_h2 = (g_in_o1 * w7 + g_in_o2 * w8) * h2 * (1 - h2)

    grads = [g_in_h1 * x[0], g_in_h2 * x[0], g_in_h1 * x[1], g_in_h2 * x[1],
             g_in_o1 * h1, g_in_o2 * h1, g_in_o1 * h2, g_in_o2 * h2]
    w1, w2, w3, w4, w5, w6, w7, w8 = [w - lr * g for w, g in zip([w1, w2, w3, w4, w5, w6, w7, w8], grads)]

    if epoch % 20 == 19:
        print(f"epoch={epoch + 1} loss={loss:.6e}")

print("o1 = {:.4f}, o2 = {:.4f}".format(o1, o2))
print(np.round([w1, w2, w3, w4, w5, w6, w7, w8], 4))
