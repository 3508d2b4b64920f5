import math

# homework 2 without numpy: the forward pass and the backward pass are functions that return tuples


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def forward(x, w):
    h1 = sigmoid(w[0] * x[0] + w[2] * x[1])
    h2 = sigmoid(w[1] * x[0] + w[3] * x[1])
    o1 = sigmoid(w[4] * h1 + w[6] * h2)
    o2 = sigmoid(w[5] * h1 + w[7] * h2)
    return h1, h2, o1, o2


def backward(x, y, w, h1, h2, o1, o2):
    e1 = (o1 - y[0]) * o1 * (1 - o1)
    e2 = (o2 - y[1]) * o2 * (1 - o2)
    g1 = (e1 * w[4] + e2 * w[5]) * h1 * (1 - h1)
    g2 = (e1 * w[6] + e2 * w[7]) * h2 * (1 - h2)
    return (g1 * x[0], g2 * x[0], g1 * x[1], g2 * x[1],
            e1 * h1, e2 * h1, e1 * h2, e2 * h2)


x = (0.5, 0.3)
y = (0.23, -0.07)
w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]
lr = 1

for it in range(1, 31):
    h1, h2, o1, o2 = forward(x, w)
    loss = ((o1 - y[0]) ** 2 + (o2 - y[1]) ** 2) / 2
    grads = backward(x, y, w, h1, h2, o1, o2)
    w = [wi - lr * gi for wi, gi in zip(w, grads)]
    if it == 1 or it % 10 == 0:
        print("iter %2d: loss=%.10f out=(%.6f, %.6f)" % (it, loss, o1, o2))

print("weights:", ", ".join("%.5f" % v for v in w))
