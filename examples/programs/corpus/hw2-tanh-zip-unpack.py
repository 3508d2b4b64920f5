# 作业2 拓展: tanh, 更新写成 zip 的列表推导式, 解包回 w1..w8
import numpy as np
x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
eta = 0.1
for epoch in range(100):
    h1 = np.tanh(w1 * x1 + w3 * x2)
    h2 = np.tanh(w2 * x1 + w4 * x2)
    o1 = np.tanh(w5 * h1 + w7 * h2)
    o2 = np.tanh(w6 * h1 + w8 * h2)
    E = 0.5 * ((y1 - o1) ** 2 + (y2 - o2) ** 2)
    do1 = (o1 - y1) * (1 - o1 ** 2)
    do2 = (o2 - y2) * (1 - o2 ** 2)
    dh1 = do1 * w5 + do2 * w6
    dh2 = (do1 * w7 + do2 * w8) * (1 - h2 ** 2)
    grads = [dh1 * x1, dh2 * x1, dh1 * x2, dh2 * x2, do1 * h1, do2 * h1, do1 * h2, do2 * h2]
    w1, w2, w3, w4, w5, w6, w7, w8 = [w - eta * g for w, g in zip([w1, w2, w3, w4, w5, w6, w7, w8], grads)]
    if epoch % 10 == 0:
        print(f"{epoch:>4} {E:10.7f}")
