import numpy as np

# XOR with 4 hidden units (sigmoid) -- online training, shuffled every epoch

data = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
labels = np.array([0, 1, 1, 0], dtype=np.float64)

np.random.seed(12)
W1 = np.random.randn(2, 4)
b1 = np.zeros(4)
W2 = np.random.randn(4)
b2 = 0.0
learning_rate = 0.8


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(50):
    order = np.random.permutation(len(data))
    cost = None
    for x, t in zip(data[order], labels[order]):
        h = sigmoid(x @ W1 + b1)
        out = sigmoid(h @ W2 + b2)
        cost = (out - t) ** 2 / 2

        d_out = (out - t) * out * (1 - out)
        dW2 = d_out * h
        db2 = d_out
        d_h = d_out * W2
        dW1 = np.outer(x, d_h)
        db1 = d_h

        W1 -= learning_rate * dW1
        b1 -= learning_rate * db1
        W2 -= learning_rate * dW2
        b2 -= learning_rate * db2
    if epoch % 10 == 0:
        print("epoch", epoch, "last cost", round(cost, 6))

print("outputs:", np.round(sigmoid(sigmoid(data @ W1 + b1) @ W2 + b2), 3))
