import math
import random

# XOR in pure Python: weights as lists of lists, tanh hidden layer, sigmoid output, one sample per step

random.seed(7)
H = 4
W1 = [[random.uniform(-0.5, 0.5), random.uniform(-0.5, 0.5)] for j in range(H)]
b1 = [0.0] * H
W2 = [random.uniform(-0.5, 0.5) for j in range(H)]
b2 = 0.0
samples = [((0.0, 0.0), 0.0), ((0.0, 1.0), 1.0), ((1.0, 0.0), 1.0), ((1.0, 1.0), 0.0)]
learning_rate = 0.3


def predict(x):
    hidden = [math.tanh(W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j]) for j in range(H)]
    z = sum(W2[j] * hidden[j] for j in range(H)) + b2
    return hidden, 1.0 / (1.0 + math.exp(-z))


for epoch in range(120):
    epoch_loss = 0
    for x, t in samples:
        hidden, out = predict(x)
        loss = -(t * math.log(out) + (1 - t) * math.log(1 - out))
        epoch_loss += loss
        delta = out - t
        for j in range(H):
            delta_j = delta * W2[j] * (1 - hidden[j] ** 2)
            W2[j] -= learning_rate * delta * hidden[j]
            for i in range(2):
                W1[j][i] -= learning_rate * delta_j * x[i]
            b1[j] -= learning_rate * delta_j
        b2 -= learning_rate * delta
    if epoch % 40 == 39:
        print(f"epoch {epoch + 1}: {epoch_loss / 4:.5f}")

for x, t in samples:
    print(x, "->", round(predict(x)[1], 3), "target", t)
