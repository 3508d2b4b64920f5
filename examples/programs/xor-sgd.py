# XOR with a 2-3-1 tanh network, trained by per-sample stochastic gradient descent:
# one update of every weight after each of the four samples, for EPOCHS passes over them.
import numpy as np

X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
Y = [0.0, 1.0, 1.0, 0.0]
np.random.seed(0)
W1 = np.random.randn(2, 3) * 0.5
b1 = np.zeros(3)
W2 = np.random.randn(3) * 0.5
b2 = 0.0
lr = 0.1
EPOCHS = 100

for epoch in range(EPOCHS):
    for i in range(4):
        x = np.array(X[i])
        y = Y[i]
        # forward pass
        z1 = x @ W1 + b1
        h = np.tanh(z1)
        z2 = h @ W2 + b2
        out = np.tanh(z2)
        loss = 0.5 * (out - y) ** 2

        # backward pass
        d_z2 = (out - y) * (1 - out ** 2)
        dW2 = d_z2 * h
        db2 = d_z2
        d_h = d_z2 * W2
        d_z1 = d_h * (1 - h ** 2)
        dW1 = np.outer(x, d_z1)
        db1 = d_z1

        W1 = W1 - lr * dW1
        b1 = b1 - lr * db1
        W2 = W2 - lr * dW2
        b2 = b2 - lr * db2

    if epoch % 25 == 0:
        print("epoch", epoch, "loss", round(float(loss), 6))

print("final loss", loss)
