# math.exp is the C library's exp (glibc's, which is not correctly rounded everywhere and not Java's): every result to
# its last bit, over the range a sigmoid sees, and a pure-Python sigmoid trained on the lecture's network
import math
import random

random.seed(52)
xs = [random.uniform(-9, 9) for _ in range(1500)] + [random.uniform(-700, 700) for _ in range(300)]
xs += [0.0, -0.0, 1.0, -1.0, 1e-17, -1e-17, 0.5, 1e-300, 511.9, -511.9, 600.0, -600.0, -745.1]
print([math.exp(x) for x in xs])

def sigmoid(z):
    return 1 / (1 + math.exp(-z))

w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]
x1, x2, y1, y2 = 0.5, 0.3, 0.23, -0.07
for epoch in range(200):
    h1 = sigmoid(w[0] * x1 + w[2] * x2)
    h2 = sigmoid(w[1] * x1 + w[3] * x2)
    o1 = sigmoid(w[4] * h1 + w[6] * h2)
    o2 = sigmoid(w[5] * h1 + w[7] * h2)
    d1 = (o1 - y1) * o1 * (1 - o1)
    d2 = (o2 - y2) * o2 * (1 - o2)
    g = [(d1 * w[4] + d2 * w[5]) * h1 * (1 - h1) * x1, (d1 * w[6] + d2 * w[7]) * h2 * (1 - h2) * x1,
         (d1 * w[4] + d2 * w[5]) * h1 * (1 - h1) * x2, (d1 * w[6] + d2 * w[7]) * h2 * (1 - h2) * x2,
         d1 * h1, d2 * h1, d1 * h2, d2 * h2]
    w = [wi - gi for wi, gi in zip(w, g)]
print(w, 0.5 * ((o1 - y1) ** 2 + (o2 - y2) ** 2))
