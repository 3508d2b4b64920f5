import math

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
# w[0]..w[7] are w1..w8
w = [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]


def tanh(z):
    return (math.exp(z) - math.exp(-z)) / (math.exp(z) + math.exp(-z))


lr = 1
for epoch in range(5):
    h1 = tanh(w[0] * x1 + w[2] * x2)
    h2 = tanh(w[1] * x1 + w[3] * x2)
    o1 = tanh(w[4] * h1 + w[6] * h2)
    o2 = tanh(w[5] * h1 + w[7] * h2)
    E = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
    # deltas of the four units
    d_o1 = (o1 - y1) * (1 - o1 ** 2)
    d_o2 = (o2 - y2) * (1 - o2 ** 2)
    d_h1 = (d_o1 * w[4] + d_o2 * w[5]) * (1 - h1 ** 2)
    d_h2 = (d_o1 * w[6] + d_o2 * w[7]) * (1 - h2 ** 2)
    grads = [d_h1 * x1, d_h2 * x1, d_h1 * x2, d_h2 * x2, d_o1 * h1, d_o2 * h1, d_o1 * h2, d_o2 * h2]
    for i in range(8):
        w[i] = w[i] - lr * grads[i]
    print(f"epoch {epoch}: E = {E:.6f}")
