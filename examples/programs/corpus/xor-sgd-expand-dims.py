# per-sample SGD; each sample made 2-D with expand_dims / atleast_2d
import numpy as np

data = [([0.0, 0.0], 0.0), ([0.0, 1.0], 1.0), ([1.0, 0.0], 1.0), ([1.0, 1.0], 0.0)]
W1 = np.array([[0.5, -0.4, 0.3], [0.2, 0.6, -0.5]])
b1 = np.zeros(3)
W2 = np.array([0.4, -0.7, 0.25])
b2 = 0.0
lr = 0.3

for epoch in range(60):
    total = 0.0
    for xs, t in data:
        x = np.expand_dims(np.array(xs), axis=0)       # (1, 2)
        h = np.tanh(x @ W1 + b1)                       # (1, 3)
        o = np.atleast_2d(h @ W2 + b2)                  # (1, 1)
        err = o - t
        total += 0.5 * float(err[0, 0] ** 2)
        loss = 0.5 * np.sum(err ** 2)

        dW2 = (h * err).ravel()
        db2 = err[0, 0]
        dh = err * W2[np.newaxis, :] * (1 - h ** 2)
        dW1 = x.T @ dh
        db1 = dh[0]
        W2 -= lr * dW2
        b2 -= lr * db2
        W1 -= lr * dW1
        b1 -= lr * db1
    if epoch % 20 == 0:
        print(f"epoch {epoch:3d} total loss {total:.5f}")
print("W1 =\n", W1)
