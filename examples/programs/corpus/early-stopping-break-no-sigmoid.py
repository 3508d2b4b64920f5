# Full-batch training that stops early once the loss is small enough
import numpy as np

rng = np.random.RandomState(1)
X = rng.rand(12, 2)
Y = (X[:, 0:1] + X[:, 1:2] > 1).astype(np.float64)
W1 = rng.randn(2, 3)
b1 = np.zeros((1, 3))
W2 = rng.randn(3, 1)
b2 = np.zeros((1, 1))
learning_rate = 2.0
tolerance = 0.35


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


losses = []
for epoch in range(1000):
    H = sigmoid(X.dot(W1) + b1)
    P = sigmoid(H.dot(W2) + b2)
    cost = -np.mean(Y * np.log(P) + (1 - Y) * np.log(1 - P))
    losses.append(cost)
    if cost < tolerance:
        print("stopped early at epoch", epoch)
        break
    dP = (P - Y) / X.shape[0]
    dW2 = H.T.dot(dP)
    db2 = dP.sum(axis=0, keepdims=True)
    dH = dP.dot(W2.T)
    dW1 = X.T.dot(dH)
    db1 = dH.sum(axis=0, keepdims=True)
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
print("epochs run:", len(losses), "final cost: %.4f" % losses[-1])
