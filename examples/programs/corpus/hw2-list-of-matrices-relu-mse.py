# 作业2 变体: 隐藏层激活函数换成 ReLU, 损失函数换成 MSE (np.mean), 步长 0.5, 训练 100 轮
# 权值矩阵放在一个列表 W = [W1, W2] 里, 用 @ 做矩阵乘法, 每一轮都打印损失
import numpy as np

x = np.array([[0.5], [0.3]])      # 输入 x1, x2
y = np.array([[0.23], [-0.07]])   # 真实输出 y1, y2
W1 = np.array([[0.2, 0.5],        # [[w1, w3],
               [-0.4, 0.6]])      #  [w2, w4]]
W2 = np.array([[0.1, -0.3],       # [[w5, w7],
               [-0.5, 0.8]])      #  [w6, w8]]
W = [W1, W2]
lr = 0.5
epochs = 100


def relu(z):
    return np.maximum(0, z)


def relu_grad(z):
    return (z > 0).astype(float)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(W, x):
    z1 = W[0] @ x
    h = relu(z1)
    z2 = W[1] @ h
    out = sigmoid(z2)
    return z1, h, z2, out


def backward(W, x, y, z1, h, out):
    n = y.shape[0]
    d_out = 2 * (out - y) / n                 # MSE 对输出的导数
    d_z2 = d_out * out * (1 - out)            # sigmoid 的导数
    d_W2 = d_z2 @ h.T
    d_h = W[1].T @ d_z2
    d_z1 = d_h * relu_grad(z1)                # ReLU 的导数
    d_W1 = d_z1 @ x.T
    return [d_W1, d_W2]


losses = []
for epoch in range(epochs):
    # 前向传播
    z1, h, z2, out = forward(W, x)
    loss = np.mean((out - y) ** 2)
    losses.append(loss)
    # 反向传播
    grads = backward(W, x, y, z1, h, out)
    # 更新权值
    for i in range(len(W)):
        W[i] = W[i] - lr * grads[i]
    print(f"第{epoch + 1}轮 损失: {loss:.6f}")

print("训练后的输出:", [round(float(v), 4) for v in forward(W, x)[3].ravel()])
print("损失从", round(losses[0], 6), "降到", round(losses[-1], 6))
print("W1 =", np.round(W[0], 4).tolist())
print("W2 =", np.round(W[1], 4).tolist())
