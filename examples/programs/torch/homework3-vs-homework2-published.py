# Homework 3 beside homework 2 as published: the hand-derived gradients of homework 2 computed in the same program and
# compared with what loss.backward() gives (对比【作业3】和【作业2】的程序)
import torch

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]
W = [torch.tensor([v], requires_grad=True) for v in w]


def sigmoid(z):
    return 1 / (1 + torch.exp(-z))


def back_propagate(w, out_o1, out_o2, out_h1, out_h2):  # 作业2 的反向传播 (作业原文)
    d_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    d_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    d_w5, d_w7 = d_o1 * out_h1, d_o1 * out_h2
    d_w6, d_w8 = d_o2 * out_h1, d_o2 * out_h2
    d_h1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1)
    d_h2 = (d_w7 + d_w8) * out_h2 * (1 - out_h2)
    return [d_h1 * x1, d_h2 * x1, d_h1 * x2, d_h2 * x2, d_w5, d_w6, d_w7, d_w8]


step = 1
for i in range(20):
    out_h1 = sigmoid(W[0] * x1 + W[2] * x2)
    out_h2 = sigmoid(W[1] * x1 + W[3] * x2)
    out_o1 = sigmoid(W[4] * out_h1 + W[6] * out_h2)
    out_o2 = sigmoid(W[5] * out_h1 + W[7] * out_h2)
    L = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2
    L.backward()
    hand = back_propagate([v.item() for v in W], out_o1.item(), out_o2.item(), out_h1.item(), out_h2.item())
    if i == 0:
        print("作业2:", [round(g, 6) for g in hand])
        print("作业3:", [round(v.grad.item(), 6) for v in W])
        print("相同:", all(abs(g - v.grad.item()) < 1e-6 for g, v in zip(hand, W)))
    with torch.no_grad():
        for v in W:
            v -= step * v.grad
            v.grad.zero_()
print("loss:", round(L.item(), 6))
