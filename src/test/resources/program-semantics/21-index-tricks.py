# np.c_ and np.r_ (numpy's AxisConcatenator): a vector as a column, numbers, slices as arange, 2-D rows, dtypes, a shape mismatch's ValueError
import numpy as np
print(np.r_[1, 2, 3], np.r_[0:5], np.r_[2:10:3], np.r_[np.array([1.5, 2.]), 0.0, [7, 8]])
print(np.c_[[1, 2], [3, 4]], np.c_[np.ones(3), np.zeros((3, 2))])
print(np.c_[np.array([[1, 2]]), 5, 6])
print(np.r_[np.eye(2), np.ones((1, 2))])
print(np.r_[1:4, 10], np.r_[5:0:-2], np.r_[()].shape if False else '')
print(np.r_[np.array([1, 2]), 3.5].dtype, np.c_[np.arange(2), np.arange(2)].dtype)
try:
    np.c_[np.ones(3), np.ones(2)]
except ValueError as e:
    print("ValueError", e)
X = np.array([[0.5, 1.0], [2.0, -1.0], [0.0, 3.0]])
Xb = np.c_[np.ones(X.shape[0]), X]
print(Xb, Xb.shape)
print(np.c_[np.ones((3, 1)), X].sum(axis=0), np.r_[X.ravel(), 1.0].shape)
