import numpy as np
W = np.array([[0.2, 0.5], [-0.4, 0.6], [0.1, -0.3]])
x = np.array([0.5, 0.3])
v = np.array([1.0, -2.0, 0.5])
print((W @ x).tolist(), (v @ W).tolist(), float(x @ x), (W.T @ v).tolist(), (W @ W.T).tolist())
print(np.dot(W, x).tolist(), float(np.dot(x, x)), np.dot(2.0, x).tolist(), np.dot(W.T, W).tolist())
print(np.outer(v, x).tolist(), np.outer(x, v).tolist(), np.matmul(W, x).tolist(), W.dot(x).tolist())
