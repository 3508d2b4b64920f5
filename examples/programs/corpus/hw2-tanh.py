# 作业2 拓展:激活函数用 tanh
# y2 = -0.07 是负数,sigmoid 的输出在 (0,1) 里到不了;tanh 的输出在 (-1,1),可以收敛
# tanh'(x) = 1 - tanh(x)^2
import numpy as np

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
step = 0.5  
N = 30
E_history = []

for epoch in range(N):
    # ---------- 正向传播 ----------
    out_h1 = np.tanh(w1 * x1 + w3 * x2)
    out_h2 = np.tanh(w2 * x1 + w4 * x2)
    out_o1 = np.tanh(w5 * out_h1 + w7 * out_h2)
    out_o2 = np.tanh(w6 * out_h1 + w8 * out_h2)
    E_total = 0.5 * (y1 - out_o1) ** 2 + 0.5 * (y2 - out_o2) ** 2
    E_history.append(E_total)
    
    # ---------- 反向传播 ----------
    delta_o1 = (out_o1 - y1) * (1 - out_o1 ** 2)
    delta_o2 = (out_o2 - y2) * (1 - out_o2 ** 2)
    delta_h1 = (delta_o1 * w5 + delta_o2 * w6) * (1 - out_h1 ** 2)
    delta_h2 = (delta_o1 * w7 + delta_o2 * w8) * (1 - out_h2 ** 2)

    d_w1 = delta_h1 * x1
    d_w2 = delta_h2 * x1
    d_w3 = delta_h1 * x2
    d_w4 = delta_h2 * x2
    d_w5 = delta_o1 * out_h1
    d_w6 = delta_o2 * out_h1
    d_w7 = delta_o1 * out_h2
    d_w8 = delta_o2 * out_h2

    # ---------- 更新 ----------
    w1, w2, w3, w4 = w1 - step * d_w1, w2 - step * d_w2, w3 - step * d_w3, w4 - step * d_w4
    w5, w6, w7, w8 = w5 - step * d_w5, w6 - step * d_w6, w7 - step * d_w7, w8 - step * d_w8

    if epoch % 10 == 0 or epoch == N - 1:
        print("第{}轮: E_total = {:.6f}, out_o1 = {:.4f}, out_o2 = {:.4f}".format(epoch, E_total, out_o1, out_o2))

print("最终权值:", round(w1, 4), round(w2, 4), round(w3, 4), round(w4, 4), round(w5, 4), round(w6, 4), round(w7, 4), round(w8, 4))
