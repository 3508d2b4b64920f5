# Regression with a tanh hidden layer and a linear output, in matrix form: a 1-3-1 network fitted to five
# points of 0.8·sin(πx/2) (the data of examples/networks/regression-tanh.json), the mean squared error as
# torch.nn.MSELoss() takes it. tanh'(Z1) = 1 − tanh(Z1)² = 1 − A1². Every gradient agrees with autograd.
import numpy as np

X = np.array([[-1.0], [-0.5], [0.0], [0.5], [1.0]])
Y = np.array([[-0.8], [-0.57], [0.0], [0.57], [0.8]])
W1 = np.array([[0.4, -0.8, 0.3]])
b1 = np.array([0.2, 0.5, -0.3])
W2 = np.array([[-0.3], [0.2], [0.4]])
b2 = np.array([0.1])
N = X.shape[0]
lr = 0.2

for epoch in range(5):
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1)
    Z2 = A1 @ W2 + b2
    loss = np.mean((Z2 - Y) ** 2)

    dZ2 = 2 * (Z2 - Y) / N
    dW2 = A1.T @ dZ2
    db2 = np.sum(dZ2, axis=0)
    dA1 = dZ2 @ W2.T
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = X.T @ dZ1
    db1 = np.sum(dZ1, axis=0)

    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    print("epoch", epoch, "loss", round(loss, 6))
