# homework 2 as matrices, one sample per row: H = sigmoid(X @ W1), deltas named after the layers they leave
import numpy as np

X = np.array([[0.5, 0.3]])
Y = np.array([[0.23, -0.07]])
W1 = np.array([[0.2, -0.4], [0.5, 0.6]])   # inputs x hidden: W1[0] = (w1, w2), W1[1] = (w3, w4)
W2 = np.array([[0.1, -0.5], [-0.3, 0.8]])  # hidden x outputs
lr = 1.0


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


for epoch in range(5):
    H = sigmoid(X @ W1)
    O = sigmoid(H @ W2)
    loss = 0.5 * np.sum((O - Y) ** 2)
    dO = (O - Y) * O * (1 - O)
    dW2 = H.T @ dO
    dH = (dO @ W2.T) * H * (1 - H)
    dW1 = X.T @ dH
    W1 = W1 - lr * dW1
    W2 = W2 - lr * dW2
    print(epoch, round(loss, 6))
print(W1.round(4).tolist())
