# gradient check with math.isclose, assert and try/except ZeroDivisionError
import math

w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]
x1, x2, y1, y2 = 0.5, 0.3, 0.23, -0.07


def sig(z):
    return 1 / (1 + math.exp(-z))


def loss_fn(w):
    h1 = sig(w[0] * x1 + w[2] * x2)
    h2 = sig(w[1] * x1 + w[3] * x2)
    o1 = sig(w[4] * h1 + w[6] * h2)
    o2 = sig(w[5] * h1 + w[7] * h2)
    return 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2, (h1, h2, o1, o2)


def grads_fn(w, cache):
    h1, h2, o1, o2 = cache
    a = (o1 - y1) * o1 * (1 - o1)
    b = (o2 - y2) * o2 * (1 - o2)
    c = (a * w[4] + b * w[5]) * h1 * (1 - h1)
    d = (a * w[6] + b * w[7]) * h2 * (1 - h2)
    return [c * x1, d * x1, c * x2, d * x2, a * h1, b * h1, a * h2, b * h2]


loss, cache = loss_fn(w)
g = grads_fn(w, cache)
eps = 1e-5
for i in range(8):
    wp = w[:]
    wp[i] += eps
    wm = w[:]
    wm[i] -= eps
    num = (loss_fn(wp)[0] - loss_fn(wm)[0]) / (2 * eps)
    try:
        rel = abs(num - g[i]) / max(abs(num), abs(g[i]))
    except ZeroDivisionError:
        rel = 0.0
    assert abs(num - g[i]) < 1e-6, "gradient %d is wrong" % i
    print(i + 1, math.isclose(num, g[i], rel_tol=1e-6), rel < 1e-6)

lr = 0.5
for epoch in range(20):
    loss, cache = loss_fn(w)
    g = grads_fn(w, cache)
    w = [wi - lr * gi for wi, gi in zip(w, g)]
print("loss", round(loss, 8))
