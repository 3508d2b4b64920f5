# gradient check with np.linalg.norm before training (cs231n style relative error)
import numpy as np

np.random.seed(1)
X = np.random.randn(5, 3)
Y = np.random.randn(5, 2)
W1 = np.random.randn(3, 4) * 0.5
W2 = np.random.randn(4, 2) * 0.5


def loss_and_grads(W1, W2):
    H = np.tanh(X @ W1)
    P = H @ W2
    L = 0.5 * np.sum((P - Y) ** 2) / X.shape[0]
    dP = (P - Y) / X.shape[0]
    dW2 = H.T @ dP
    dH = dP @ W2.T
    dW1 = X.T @ (dH * (1 - H))
    return L, dW1, dW2


def numeric(f, W, h=1e-6):
    g = np.zeros_like(W)
    for i in range(W.shape[0]):
        for j in range(W.shape[1]):
            old = W[i, j]
            W[i, j] = old + h
            fp = f()
            W[i, j] = old - h
            fm = f()
            W[i, j] = old
            g[i, j] = (fp - fm) / (2 * h)
    return g


L, dW1, dW2 = loss_and_grads(W1, W2)
n1 = numeric(lambda: loss_and_grads(W1, W2)[0], W1)
n2 = numeric(lambda: loss_and_grads(W1, W2)[0], W2)
rel1 = np.linalg.norm(dW1 - n1) / np.linalg.norm(dW1 + n1)
rel2 = np.linalg.norm(dW2 - n2) / np.linalg.norm(dW2 + n2)
print("rel error W1 < 1e-7:", rel1 < 1e-7, " W2 < 1e-7:", rel2 < 1e-7)
print("allclose:", np.allclose(dW1, n1, atol=1e-6), np.allclose(dW2, n2, atol=1e-6))

lr = 0.1
for step in range(100):
    L, dW1, dW2 = loss_and_grads(W1, W2)
    W1 -= lr * dW1
    W2 -= lr * dW2
print("loss after 100 steps: %.6f" % L)
