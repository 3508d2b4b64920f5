# 作业2: forward / backward / update 三个函数, update 返回新的权值列表 w = update(w, grads, lr)
import math

def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))

def forward(w, x):
    h1 = sigmoid(w[0] * x[0] + w[2] * x[1])
    h2 = sigmoid(w[1] * x[0] + w[3] * x[1])
    o1 = sigmoid(w[4] * h1 + w[6] * h2)
    o2 = sigmoid(w[5] * h1 + w[7] * h2)
    return h1, h2, o1, o2

def backward(w, x, y, h1, h2, o1, o2):
    d_o1 = (o1 - y[0]) * o1 * (1 - o1)
    d_o2 = (o2 - y[1]) * o2 * (1 - o2)
    d_h1 = (d_o1 * w[4] + d_o2 * w[5]) * h1 * (1 - h1)
    d_h2 = (d_o1 * w[6] + d_o2 * w[7]) * h2 * (1 - h2)
    return [d_h1 * x[0], d_h2 * x[0], d_h1 * x[1], d_h2 * x[1], d_o1 * h1, d_o2 * h1, d_o1 * h2, d_o2 * h2]

def update(w, grads, lr):
    return [wi - lr * gi for wi, gi in zip(w, grads)]

x, y = [0.5, 0.3], [0.23, -0.07]
w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]
history = []
for epoch in range(100):
    h1, h2, o1, o2 = forward(w, x)
    loss = 0.5 * ((o1 - y[0]) ** 2 + (o2 - y[1]) ** 2)
    history.append(loss)
    grads = backward(w, x, y, h1, h2, o1, o2)
    w = update(w, grads, 0.5)
    if epoch % 20 == 0:
        print('epoch %d loss %.6f' % (epoch, loss))
print('min loss: %.6f' % min(history), 'w:', ' '.join('%.3f' % v for v in w))
