# 作业:用 while 循环训练,直到损失不再明显下降
import numpy as np

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w = {"w1": 0.2, "w2": -0.4, "w3": 0.5, "w4": 0.6, "w5": 0.1, "w6": -0.5, "w7": -0.3, "w8": 0.8}
step = 1.0

sigmoid = lambda z: 1.0 / (1.0 + np.exp(-z))
prev_loss = float("inf")
loss = 1.0
n = 0
while prev_loss - loss > 1e-3:
    prev_loss = loss
    out_h1 = sigmoid(w["w1"] * x1 + w["w3"] * x2)
    out_h2 = sigmoid(w["w2"] * x1 + w["w4"] * x2)
    out_o1 = sigmoid(w["w5"] * out_h1 + w["w7"] * out_h2)
    out_o2 = sigmoid(w["w6"] * out_h1 + w["w8"] * out_h2)
    loss = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2

    grad_o1 = 2 * (out_o1 - y1) * out_o1 * (1 - out_o1)
    grad_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    grad_h1 = (grad_o1 * w["w5"] + grad_o2 * w["w6"]) * out_h1 * (1 - out_h1)
    grad_h2 = (grad_o1 * w["w7"] + grad_o2 * w["w8"]) * out_h2 * (1 - out_h2)

    w["w1"] -= step * grad_h1 * x1
    w["w2"] -= step * grad_h2 * x1
    w["w3"] -= step * grad_h1 * x2
    w["w4"] -= step * grad_h2 * x2
    w["w5"] -= step * grad_o1 * out_h1
    w["w6"] -= step * grad_o2 * out_h1
    w["w7"] -= step * grad_o1 * out_h2
    w["w8"] -= step * grad_o2 * out_h2
    n += 1
    print(n, round(loss, 6))

print("训练结束,共", n, "轮")
for k, v in w.items():
    print(k, "=", round(v, 4))
