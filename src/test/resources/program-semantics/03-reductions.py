import numpy as np
a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])
print(float(np.sum(a)), np.sum(a, axis=0).tolist(), np.sum(a, axis=1).tolist(), np.sum(a, axis=-1).tolist())
print(np.sum(a, axis=0, keepdims=True).tolist(), np.sum(a, axis=1, keepdims=True).tolist())
print(float(np.mean(a)), np.mean(a, axis=0).tolist(), a.mean(axis=1).tolist(), a.sum(axis=0).tolist(), float(a.sum()))
print(np.sum(a, keepdims=True).tolist(), a.shape, a.T.shape, a.size, a.ndim, np.shape(a))
