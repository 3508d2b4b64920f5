# A planar-data style 2-3-1 tanh/sigmoid network; the cost adds 1e-10 inside both logs so that it never meets log(0),
# the backward pass is the usual dZ2 = A2 - Y
import numpy as np
np.random.seed(3)
X = np.random.randn(2, 40)
Y = (X[0:1] * 0.7 - X[1:2] > 0).astype(float)
W1 = np.random.randn(3, 2) * 0.1
b1 = np.zeros((3, 1))
W2 = np.random.randn(1, 3) * 0.1
b2 = np.zeros((1, 1))
m = X.shape[1]
for i in range(500):
    A1 = np.tanh(W1 @ X + b1)
    A2 = 1 / (1 + np.exp(-(W2 @ A1 + b2)))
    cost = -np.mean(Y * np.log(A2 + 1e-10) + (1 - Y) * np.log(1 - A2 + 1e-10))
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.mean(dZ2, axis=1, keepdims=True)
    dZ1 = W2.T @ dZ2 * (1 - np.power(A1, 2))
    dW1 = dZ1 @ X.T / m
    db1 = np.mean(dZ1, axis=1, keepdims=True)
    W1, b1, W2, b2 = W1 - 1.2 * dW1, b1 - 1.2 * db1, W2 - 1.2 * dW2, b2 - 1.2 * db2
    if i % 100 == 0:
        print(f"cost after {i}: {cost:.6f}")
