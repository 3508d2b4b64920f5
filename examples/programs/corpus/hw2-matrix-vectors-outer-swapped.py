import numpy as np

# 作业2 变体：用矩阵写，打印每一步的梯度
x = np.array([0.5, 0.3])
y = np.array([0.23, -0.07])
W_ih = np.array([[0.2, 0.5], [-0.4, 0.6]])   # w1 w3 / w2 w4
W_ho = np.array([[0.1, -0.3], [-0.5, 0.8]])  # w5 w7 / w6 w8

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def forward(W_ih, W_ho, x):
    net_h = W_ih @ x
    out_h = sigmoid(net_h)
    net_o = W_ho @ out_h
    out_o = sigmoid(net_o)
    return net_h, out_h, net_o, out_o

for step in range(1, 4):
    net_h, out_h, net_o, out_o = forward(W_ih, W_ho, x)
    loss = 0.5 * np.sum((out_o - y) ** 2)
    delta_o = (out_o - y) * out_o * (1 - out_o)
    grad_W_ho = np.outer(out_h, delta_o)
    delta_h = W_ho.T.dot(delta_o) * out_h * (1 - out_h)
    grad_W_ih = np.outer(delta_h, x)
    print("step {}: loss={:.6f}".format(step, loss))
    print("  grad_W_ih:", grad_W_ih.round(6).tolist())
    print("  grad_W_ho:", grad_W_ho.round(6).tolist())
    W_ih -= grad_W_ih
    W_ho -= grad_W_ho
