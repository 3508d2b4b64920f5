import numpy as np
a = np.array([-800.0, -3.0, -0.5, 0.0, 0.5, 2.0, 40.0, 710.0])
b = np.array([-800.0, 1.5, 0.25, 0.0, -0.5, 2.0, -40.0, 709.0])
print(np.logaddexp(a, b).tolist())
print(np.logaddexp(0, -a).tolist(), np.logaddexp(a, 0).tolist())
print(np.logaddexp(1, 2), np.logaddexp(0.1, 0.2), np.logaddexp(np.array([[1.0], [2.0]]), np.array([0.0, 3.0])).tolist())
print(np.logaddexp(np.inf, np.inf), np.logaddexp(-np.inf, -np.inf), np.logaddexp(-np.inf, 1.0), np.logaddexp(np.inf, 1.0), np.logaddexp(np.nan, 1.0))
z = np.array([-3.0, -0.2, 0.0, 0.7, 4.0])
print(np.exp(-np.logaddexp(0, -z)).tolist(), np.logaddexp(np.array([1, 2]), np.array([3, 4])).dtype)
