# np.array_split, np.split and np.repeat as mini-batch code and label code use them
import numpy as np

X = np.arange(14.0).reshape(7, 2)
for part in np.array_split(X, 3):
    print(part.shape, part.sum())
print([p.shape for p in np.array_split(X, 7)])
print([p.shape for p in np.array_split(X, 9)])
print([p.tolist() for p in np.array_split(np.arange(5), 2)])
print([p.tolist() for p in np.array_split(X, 2, axis=1)])
print([p.shape for p in np.array_split(X, [2, 5])])
print([p.shape for p in np.array_split(X, [-2, 10])])
print(type(np.array_split(X, 2)).__name__)
y = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
for xb, yb in zip(np.array_split(X[:6], 4), np.array_split(y, 4)):
    print(xb.tolist(), yb.tolist())
print([p.tolist() for p in np.split(np.arange(6), 3)])
print([p.tolist() for p in np.split(np.arange(6), [1, 4])])
print(np.split(X, 2, axis=1)[1].tolist())
print(np.repeat(np.arange(3), 2))
print(np.repeat(np.array([[1, 2], [3, 4]]), 2))
print(np.repeat(np.array([[1, 2], [3, 4]]), 2, axis=0).tolist())
print(np.repeat(np.array([[1, 2], [3, 4]]), [1, 3], axis=1).tolist())
print(np.repeat([0.5, 1.5], [2, 0]))
print(np.repeat(np.arange(3), 4).dtype, np.repeat(np.arange(3.0), 4).dtype)
W = np.ones((2, 3)) * 0.5
parts = np.array_split(W, 2, axis=1)
print(parts[0] * 2, parts[1] - 1)
try:
    np.split(np.arange(7), 2)
except ValueError as e:
    print("ValueError:", e)
try:
    np.repeat(np.arange(3), [1, 2])
except ValueError as e:
    print("ValueError:", e)
