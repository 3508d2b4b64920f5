import numpy as np
a = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0]])
print(float(a[1, 2]), a[1].tolist(), a[:, 0].tolist(), a[-1, -2], a[0:2, 1:3].tolist(), a[::2, ::-1].tolist())
print(a[:, None, 1].tolist(), a[None, 0].tolist(), a[1][3], a[:, 1:2].tolist())
v = np.array([0.5, 0.3])
print(v[:, None].tolist(), v[None, :].tolist(), (v[:, None] * v[None, :]).tolist(), v[-1], v.reshape(2, 1).tolist())
print(a.reshape(-1).tolist(), a.reshape(4, 3).tolist(), a.reshape((2, -1)).tolist(), a.flatten().tolist(), np.reshape(a, (6, 2)).shape)
b = np.zeros((2, 3))
b[0, 1] = 5.0
b[1] = np.array([1.0, 2.0, 3.0])
b[:, 2] = 7.5
print(b.tolist())
