import numpy as np
i = np.array([1, 2, 3])
f = np.array([0.5, 1.5, 2.5])
b = i > 1
print(i.dtype, f.dtype, b.dtype, (i + 1).dtype, (i * 0.5).dtype, (i / 2).dtype, (i // 1 if False else i).dtype)
print((i + f).tolist(), (i / 2).tolist(), (b * 1).tolist(), (b * 1.0).tolist(), (b + b).tolist(), (i ** 2).tolist())
print(i.tolist(), b.tolist(), np.sum(b), np.sum(i), np.mean(i), np.max(i), np.argmax(i), i[0], b[0], i[1] * 2)
print(f.astype(int).tolist(), i.astype(float).tolist(), b.astype(float).tolist(), np.array([1.7, -1.7]).astype(np.int64).tolist())
print(np.array([1, 2], dtype=float).tolist(), np.array([0.0, 2.0], dtype=bool).tolist(), np.zeros(2, dtype=int).tolist())
print(np.float64(2), np.int64(7.9), np.float32(0.5), np.array([1, 2.5]).dtype, np.array([True, 2]).dtype)
print(np.full((2,), 7).dtype, np.full((2,), 7.0).dtype, np.arange(3).dtype, np.arange(3.0).dtype, np.eye(2).dtype)
a = np.array([1, 2, 3])
a[1] = 9.7
a += 1
print(a.tolist(), a.dtype)
c = np.zeros(3)
c[0] = 1
c += np.array([1, 2, 3])
print(c.tolist(), c.dtype, np.maximum(i, 2).tolist(), np.where(b, i, 0.5).tolist(), np.abs(np.array([-2, 3])).tolist())
print(np.array([[1, 2], [3, 4]]) @ np.array([[1], [1]]), (np.array([1, 2]) @ np.array([3, 4])))
