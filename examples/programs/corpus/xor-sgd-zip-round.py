import numpy as np

np.random.seed(7)
data = [(np.array([0.0, 0.0]), 0.0), (np.array([0.0, 1.0]), 1.0),
        (np.array([1.0, 0.0]), 1.0), (np.array([1.0, 1.0]), 0.0)]
W1 = np.random.uniform(-1, 1, size=(2, 3))
b1 = np.zeros(3)
W2 = np.random.uniform(-1, 1, size=3)
b2 = 0.0
eta = 0.5
history = []

for epoch in range(200):
    total = 0.0
    for x, t in data:
        h = np.tanh(x @ W1 + b1)
        z = h @ W2 + b2
        o = 1 / (1 + np.exp(-z))
        loss = 0.5 * (o - t) ** 2
        total += loss
        delta_o = (o - t) * o * (1 - o)
        grad_W2 = delta_o * h
        grad_b2 = delta_o
        delta_h = delta_o * W2 * (1 - h ** 2)
        grad_W1 = np.outer(x, delta_h)
        grad_b1 = delta_h
        W2 -= eta * grad_W2
        b2 -= eta * grad_b2
        W1 -= eta * grad_W1
        b1 -= eta * grad_b1
    history.append(total)
    if epoch % 50 == 0:
        print("epoch %3d  loss %.5f" % (epoch, total))

print("loss went from", history[0].round(4), "to", history[-1].round(4))
