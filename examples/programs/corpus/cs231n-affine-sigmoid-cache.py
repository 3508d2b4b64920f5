# CS231n-style layers: affine_forward/affine_backward and sigmoid_forward/sigmoid_backward with cache tuples, an MSE loss
import numpy as np

def affine_forward(x, w, b):
    out = x.dot(w) + b
    cache = (x, w, b)
    return out, cache

def affine_backward(dout, cache):
    x, w, b = cache
    dx = dout.dot(w.T)
    dw = x.T.dot(dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db

def sigmoid_forward(x):
    out = 1 / (1 + np.exp(-x))
    cache = out
    return out, cache

def sigmoid_backward(dout, cache):
    out = cache
    return dout * out * (1 - out)

def mse_loss(pred, y):
    N = pred.shape[0]
    diff = pred - y
    loss = np.sum(diff ** 2) / (2 * N)
    dpred = diff / N
    return loss, dpred

np.random.seed(1)
X = np.random.randn(8, 3)
Y = np.random.randn(8, 2)
W1 = np.random.randn(3, 4) * 0.01
b1 = np.zeros(4)
W2 = np.random.randn(4, 2) * 0.01
b2 = np.zeros(2)
learning_rate = 0.5

for it in range(60):
    a1, c1 = affine_forward(X, W1, b1)
    h1, cs = sigmoid_forward(a1)
    scores, c2 = affine_forward(h1, W2, b2)
    loss, dscores = mse_loss(scores, Y)
    dh1, dW2, db2 = affine_backward(dscores, c2)
    da1 = sigmoid_backward(dh1, cs)
    _, dW1, db1 = affine_backward(da1, c1)
    W1 -= learning_rate * dW1
    b1 -= learning_rate * db1
    W2 -= learning_rate * dW2
    b2 -= learning_rate * db2
    if it % 20 == 0:
        print('iteration %d / %d: loss %f' % (it, 60, loss))
print('final loss', loss)
print(W2)
