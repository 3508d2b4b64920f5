# Mini-batch SGD on a 4-8-1 ReLU regression: a permutation per epoch, batches by slicing
import numpy as np
np.random.seed(42)
N = 32
X = np.random.randn(N, 4)
true_w = np.array([[0.5], [-1.0], [2.0], [0.1]])
y = X @ true_w + 0.05 * np.random.randn(N, 1)
W1 = np.random.randn(4, 8) * np.sqrt(2.0 / 4)
b1 = np.zeros((1, 8))
W2 = np.random.randn(8, 1) * np.sqrt(2.0 / 8)
b2 = np.zeros((1, 1))
batch_size = 8
lr = 0.05
for epoch in range(5):
    perm = np.random.permutation(N)
    Xs, ys = X[perm], y[perm]
    for i in range(0, N, batch_size):
        xb = Xs[i:i + batch_size]
        yb = ys[i:i + batch_size]
        h_pre = xb @ W1 + b1
        h = np.maximum(0, h_pre)
        pred = h @ W2 + b2
        loss = np.mean((pred - yb) ** 2)
        dpred = 2 * (pred - yb) / xb.shape[0]
        dW2 = h.T @ dpred
        db2 = dpred.sum(axis=0, keepdims=True)
        dh = dpred @ W2.T
        dh_pre = dh * (h_pre > 0)
        dW1 = xb.T @ dh_pre
        db1 = dh_pre.sum(axis=0, keepdims=True)
        W1 -= lr * dW1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
    print("epoch", epoch, "last batch loss", "%.5f" % loss)
