# XOR, 2-2-1 network with sigmoid units, examples shown in a random order every epoch
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


data = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
labels = np.array([[0.0], [1.0], [1.0], [0.0]])

np.random.seed(5)
W_ih = np.random.normal(0, 1, (2, 2))   # input -> hidden
b_h = np.zeros(2)
W_ho = np.random.normal(0, 1, (2, 1))   # hidden -> output
b_o = np.zeros(1)
lr = 0.5

for epoch in range(1, 51):
    order = np.random.permutation(4)
    epoch_error = 0.0
    for i in order:
        x, t = data[i], labels[i]

        # forward
        net_h = x @ W_ih + b_h
        out_h = sigmoid(net_h)
        net_o = out_h @ W_ho + b_o
        out_o = sigmoid(net_o)
        E = 0.5 * ((t - out_o) ** 2).sum()
        epoch_error += E

        # backward
        grad_o = (out_o - t) * out_o * (1 - out_o)
        grad_h = (W_ho @ grad_o) * out_h * (1 - out_h)

        W_ho -= lr * np.outer(out_h, grad_o)
        b_o -= lr * grad_o
        W_ih -= lr * np.outer(x, grad_h)
        b_h -= lr * grad_h

    if epoch % 10 == 0:
        print(f"epoch {epoch}: error {epoch_error:.6f}")

print("W_ih =", W_ih.round(4).tolist())
print("W_ho =", W_ho.round(4).tolist())
