# np.c_ and np.r_: a bias column folded into the inputs, a row appended; every item gets its part of the gradient
import numpy as np
X = np.array([[0.5, -1.0], [2.0, 0.25], [1.5, 3.0]])
h = np.array([0.1, -0.2, 0.3])
W = np.array([[0.2, -0.4], [0.5, 0.6], [0.1, -0.5], [0.7, 0.3]])
w = np.array([1.0, -2.0])
A = np.c_[np.array([1.0, 1.0, 1.0]), X, h]
B = np.r_[W[1:3], X[:1, :], w.reshape(1, 2)]
C = np.r_[w, 2.5, h]
L = np.sum(np.tanh(A @ W) ** 2) + np.sum(B * B) * 0.5 + np.sum(C ** 3)
