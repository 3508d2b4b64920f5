# np.ndarray as a type, as deeplearning.ai's tests use it: type(x) == np.ndarray, isinstance(x, np.ndarray)
import numpy as np

a = np.array([[3.0, 4.0], [1.0, 2.0]])
difference = np.linalg.norm(a - 1) / (np.linalg.norm(a) + np.linalg.norm(a - 1))
print(type(difference) == np.ndarray, type(a) == np.ndarray)
print(isinstance(a, np.ndarray), isinstance(difference, np.ndarray), isinstance(a[0], np.ndarray))
print(isinstance(a[0, 1], np.ndarray), isinstance([1.0], np.ndarray), isinstance(a, (list, np.ndarray)))
assert not (type(difference) == np.ndarray), "You are not using np.linalg.norm for numerator or denominator"
assert isinstance(a.T, np.ndarray)
print(np.ndarray.__name__, type(a).__name__, type(a) is np.ndarray)
print(round(float(difference), 10))
