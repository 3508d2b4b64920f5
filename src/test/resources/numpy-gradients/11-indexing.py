# boolean masks and integer arrays, read and written: a write replaces the elements, and autograd sees it
import numpy as np
a = np.array([[1.0, -2.0, 3.0], [-0.5, 4.0, -1.0]])
g = np.array([0.5, 1.5, -2.0])
idx = np.array([1, 0])
cols = np.array([2, 2])
pos = a[a > 0]
fancy = a[idx, cols]
rows = a[[1, 0, 1]]
leaky = a * 1.0
leaky[leaky < 0] *= 0.01
masked = a * g
masked[a < 0] = 0.0
dscores = a * 2.0
dscores[np.arange(2), idx] -= 1.0
picked = a.copy()
picked[0, [0, 2]] = g[1:]
L = (np.sum(pos ** 2) + np.sum(fancy * np.array([2.0, -1.0])) + np.sum(rows * rows) + np.sum(leaky * 3.0)
     + np.sum(masked ** 2) + np.sum(dscores * dscores) + np.sum(picked * picked))
