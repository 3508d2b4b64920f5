# Trask-style XOR net from an old tutorial: from numpy import * (exp, dot, array, random and sum all numpy's,
# sum shadowing the built-in), nonlin(x, deriv), loss 1/2 sum((y - l2)^2), updates W -= X.T.dot(delta)
from numpy import *


random.seed(1)
X = array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]])
y = array([[0, 1, 1, 0]]).T
syn0 = 2 * random.random((3, 4)) - 1
syn1 = 2 * random.random((4, 1)) - 1


def nonlin(x, deriv=False):
    if deriv:
        return x * (1 - x)
    return 1 / (1 + exp(-x))


for j in range(2000):
    l1 = nonlin(dot(X, syn0))
    l2 = nonlin(dot(l1, syn1))
    loss = 0.5 * sum((y - l2) ** 2)
    l2_delta = (l2 - y) * nonlin(l2, deriv=True)
    l1_delta = l2_delta.dot(syn1.T) * nonlin(l1, deriv=True)
    dsyn1 = l1.T.dot(l2_delta)
    dsyn0 = X.T.dot(l1_delta)
    syn1 -= dsyn1
    syn0 -= dsyn0
    if j % 500 == 0:
        print("loss", loss, sqrt(loss), pi, e)
print(l2.round(4).tolist(), any(l2 > 0.5), all(l2 < 1))
