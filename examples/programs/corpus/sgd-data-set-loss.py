# Linear regression by per-sample SGD; the mean squared error of the whole data set printed after each epoch
import numpy as np

np.random.seed(0)
X = np.random.randn(8, 3)
Y = np.random.randn(8, 1)
W = np.random.randn(3, 1) * 0.1
b = np.zeros((1, 1))
lr = 0.05


def predict(X):
    return X @ W + b


for epoch in range(30):
    for i in range(len(X)):
        x = X[i:i + 1]
        y = Y[i:i + 1]
        err = predict(x) - y
        dW = x.T @ err * 2
        db = err * 2
        W -= lr * dW
        b -= lr * db
    loss = np.mean((predict(X) - Y) ** 2)
    if epoch % 10 == 0:
        print(epoch, round(loss, 5))
