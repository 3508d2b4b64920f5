import numpy as np
a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
b = np.array([10.0, 20.0, 30.0])
c = np.array([[0.5], [2.0]])
print((a + b).tolist(), (a * c).tolist(), (b - c).tolist(), (a / 4).tolist(), (2 ** a).tolist(), (a ** 2).tolist())
print((1 - a).tolist(), (-a).tolist(), (a - 0.5 * b).tolist())
