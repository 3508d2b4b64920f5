# concatenate, stack, hstack, vstack, squeeze, expand_dims, newaxis: every input gets its part of the gradient
import numpy as np
a = np.array([[1.0, 2.0], [3.0, 4.0]])
b = np.array([[0.5, -1.0]])
c = np.array([2.0, -3.0])
d = np.array([[[0.25], [0.75]]])
J = np.concatenate([a, b], axis=0)
K = np.concatenate([a, b.T, a], axis=1)
S = np.stack([c, c * 2.0, a[0]], axis=1)
H = np.hstack([c, a[1], c])
V = np.vstack([c, a, b])
L = (np.sum(J * J) + np.sum(K[0] * np.array([1.0, 2.0, 3.0, 4.0, 5.0])) + np.sum(S ** 3) + np.sum(H * H)
     + np.sum(V[:, 1]) + np.sum(np.squeeze(d) * c) + np.sum(np.expand_dims(c, 0) @ a) + np.sum(c[:, np.newaxis] * a))
