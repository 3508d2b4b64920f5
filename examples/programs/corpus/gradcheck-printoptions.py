import numpy as np

np.random.seed(3)
np.set_printoptions(precision=5, suppress=True)
X = np.random.randn(5, 3)
Y = np.random.randn(5, 2)
W = np.random.randn(3, 2) * 0.1
b = np.zeros(2)


def loss_fn(W, b):
    pred = np.tanh(X @ W + b)
    return 0.5 * np.sum((pred - Y) ** 2) / X.shape[0]


def analytic(W, b):
    pred = np.tanh(X @ W + b)
    dpred = (pred - Y) / X.shape[0]
    dz = dpred * (1 - pred ** 2)
    return X.T @ dz, dz.sum(axis=0)


def numerical(W, b, h=1e-5):
    dW = np.zeros_like(W)
    for i in range(W.shape[0]):
        for j in range(W.shape[1]):
            old = W[i, j]
            W[i, j] = old + h
            fp = loss_fn(W, b)
            W[i, j] = old - h
            fm = loss_fn(W, b)
            W[i, j] = old
            dW[i, j] = (fp - fm) / (2 * h)
    return dW


dW, db = analytic(W, b)
num_dW = numerical(W, b)
rel = np.linalg.norm(dW - num_dW) / np.linalg.norm(dW + num_dW)
print("relative error dW: %.2e" % rel, rel < 1e-7)

lr = 0.1
for epoch in range(100):
    loss = loss_fn(W, b)
    dW, db = analytic(W, b)
    W = W - lr * dW
    b = b - lr * db
    if epoch % 25 == 0:
        print(epoch, round(loss, 5))
print(W)
