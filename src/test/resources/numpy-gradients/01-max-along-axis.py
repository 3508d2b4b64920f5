# np.max / np.min along an axis: the gradient goes to the first arg-max, as torch.max(dim); the ties in x are kinks
import numpy as np
x = np.array([[1.0, 3.0, 3.0], [2.0, 2.0, 0.5], [-1.0, 0.25, 4.0]])
w = np.array([0.5, -1.5, 2.0])
row_max = np.max(x, axis=1)
col_min = np.min(x, axis=0, keepdims=True)
L = np.sum(row_max * w) + np.sum(col_min * col_min) + np.amax(x, axis=-1).sum()
