# A two-layer network whose products are written with np.einsum and np.tensordot, forward and backward.
import numpy as np

np.random.seed(7)
X = np.random.randn(8, 3)
Y = np.random.randn(8, 2)

W1 = np.random.randn(3, 5) * 0.5
b1 = np.zeros(5)
W2 = np.random.randn(5, 2) * 0.5
b2 = np.zeros(2)
lr = 0.05

for epoch in range(200):
    Z1 = np.einsum('ni,ih->nh', X, W1) + b1
    A1 = np.tanh(Z1)
    Z2 = np.tensordot(A1, W2, axes=([1], [0])) + b2
    loss = np.mean(np.sum((Z2 - Y) ** 2, axis=1))

    dZ2 = 2 * (Z2 - Y) / X.shape[0]
    dW2 = np.tensordot(A1, dZ2, axes=([0], [0]))
    db2 = np.einsum('nk->k', dZ2)
    dA1 = np.einsum('nk,hk->nh', dZ2, W2)
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = np.einsum('ni,nh->ih', X, dZ1)
    db1 = dZ1.sum(axis=0)

    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2

    if epoch % 50 == 0:
        print(f"epoch {epoch:3d}  loss {loss:.6f}")

print("final loss", round(float(loss), 6))
