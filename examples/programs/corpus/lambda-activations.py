# BP 例题:激活函数和它的导数都写成 lambda
import math

sigmoid = lambda z: 1 / (1 + math.exp(-z))
dsigmoid = lambda a: a * (1 - a)  # 用输出 a 表示的导数

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
lr = 1

for epoch in range(5):
    out_h1 = sigmoid(w1 * x1 + w3 * x2)
    out_h2 = sigmoid(w2 * x1 + w4 * x2)
    out_o1 = sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = sigmoid(w6 * out_h1 + w8 * out_h2)
    loss = ((out_o1 - y1) ** 2 + (out_o2 - y2) ** 2) / 2

    grad_o1 = (out_o1 - y1) * dsigmoid(out_o1)
    grad_o2 = (out_o2 - y2) * dsigmoid(out_o2)
    delta_h1 = (grad_o1 * w5 + grad_o2 * w6) * dsigmoid(out_h1)
    delta_h2 = (grad_o1 * w7 + grad_o2 * w8) * dsigmoid(out_h2)

    w5, w6, w7, w8 = w5 - lr * grad_o1 * out_h1, w6 - lr * grad_o2 * out_h1, w7 - lr * grad_o1 * out_h2, w8 - lr * grad_o2 * out_h2
    w1, w2, w3, w4 = w1 - lr * delta_h1 * x1, w2 - lr * delta_h2 * x1, w3 - lr * delta_h1 * x2, w4 - lr * delta_h2 * x2

    print(f"epoch {epoch + 1}: loss = {loss:.6f}")

print("weights:", ", ".join("%.4f" % w for w in (w1, w2, w3, w4, w5, w6, w7, w8)))
