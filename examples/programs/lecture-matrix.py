# The lecture network of homework 2 written in matrix form, as most courses write backpropagation: one weight
# matrix per layer (row j holds the weights into neuron j), delta2 = dL/dz2 and delta1 = dL/dz1, and
# dW = outer(delta, input). Same numbers as homework2-corrected.py; every gradient agrees with autograd.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


x = np.array([0.5, 0.3])
y = np.array([0.23, -0.07])
W1 = np.array([[0.2, 0.5],     # in_h1 = w1*x1 + w3*x2
               [-0.4, 0.6]])   # in_h2 = w2*x1 + w4*x2
W2 = np.array([[0.1, -0.3],    # in_o1 = w5*out_h1 + w7*out_h2
               [-0.5, 0.8]])   # in_o2 = w6*out_h1 + w8*out_h2
lr = 1.0
epochs = 1

for epoch in range(epochs):
    z1 = W1 @ x
    a1 = sigmoid(z1)
    z2 = W2 @ a1
    a2 = sigmoid(z2)
    E = 0.5 * np.sum((a2 - y) ** 2)

    delta2 = (a2 - y) * a2 * (1 - a2)
    dW2 = np.outer(delta2, a1)
    delta1 = (W2.T @ delta2) * a1 * (1 - a1)
    dW1 = np.outer(delta1, x)

    W2 -= lr * dW2
    W1 -= lr * dW1
    print(f"epoch {epoch}: E = {E:.6f}")
