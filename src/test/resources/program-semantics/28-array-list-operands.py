# numpy's operators with a Python list or tuple on one side: the list is read as np.asarray of it
import numpy as np

X = np.arange(6.0).reshape(3, 2)
print(X + [0, 2])
print([1, -1] * X)
print(X - (0.5, 1.5))
print([[1.0], [2.0], [3.0]] / (X + 1))
print((np.ones(2) @ [[1, 2], [3, 4]]).tolist())
print([[1, 2], [3, 4]] @ np.array([1.0, 1.0]))
blobs = np.vstack([np.ones((2, 2)) + c for c in ([0, 2], [2, -1])])
print(blobs)
print(np.arange(3) + [10, 20, 30], (np.arange(3) * [1, 2, 3]).dtype)
print(X ** [2, 1])
print(np.float64(2.0) * np.array([1.0, 2.0]) + [1, 1])
