# np.linalg.norm: the 2-norm (gradient 0 at the zero vector), along an axis, the 1-norm and the max-norm (shared among ties)
import numpy as np
v = np.array([3.0, -4.0, 0.0, 1.0])
zero = np.array([0.0, 0.0])
m = np.array([[1.0, -2.0, 2.0], [0.5, 0.5, -0.5]])
s0 = np.array(-2.5)
L = (np.linalg.norm(v) + np.linalg.norm(zero) + np.linalg.norm(m) + np.sum(np.linalg.norm(m, axis=1))
     + np.linalg.norm(v, 1) + np.linalg.norm(v, np.inf) + np.sum(np.linalg.norm(m, np.inf, axis=1))
     + np.sum(np.linalg.norm(m, axis=0, keepdims=True) * m) + np.linalg.norm(s0) * np.linalg.norm(v[1:], 1))
