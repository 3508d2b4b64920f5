import numpy as np
x = np.array([[1.0, -2.0, 3.0, 3.0], [0.5, 4.0, -1.0, 4.0], [2.0, 2.0, 2.0, -3.5]])
print(np.max(x), np.min(x), np.max(x, axis=0).tolist(), np.min(x, axis=1).tolist(), np.max(x, axis=-1, keepdims=True).tolist())
print(np.amax(x, axis=0).tolist(), np.amin(x), x.max(axis=1).tolist(), x.min(0).tolist(), x.max(keepdims=True).tolist())
print(np.argmax(x), np.argmin(x), np.argmax(x, axis=0).tolist(), np.argmin(x, axis=1).tolist(), x.argmax(axis=1).tolist(), x.argmin())
print(np.prod(x), np.prod(x, axis=0).tolist(), x.prod(axis=1).tolist(), np.prod(np.array([1, 2, 3])))
print(np.std(x), np.var(x), np.std(x, axis=0).tolist(), np.var(x, axis=1, ddof=1).tolist(), x.std(ddof=1), x.var(axis=0, keepdims=True).tolist())
print(np.sum(x, axis=1).tolist(), np.mean(x, axis=0).tolist(), x.sum(), x.mean(axis=1, keepdims=True).tolist())
print(np.any(x > 3), np.all(x > -4), np.any(x > 3, axis=0).tolist(), (x > 0).all(axis=1).tolist())
y = np.arange(1000) * 0.1 + 0.01
print(np.sum(y), np.mean(y), y.sum(), np.sum(y.reshape(10, 100), axis=1).tolist(), np.sum(y.reshape(100, 10), axis=0).tolist())
z = np.linspace(-1, 1, 9000) ** 3
print(np.sum(z), np.std(z), np.var(z), np.mean(z))
print(np.linalg.norm(np.array([3.0, 4.0])), np.linalg.norm(x), np.linalg.norm(x, axis=0).tolist(), np.linalg.norm(x, axis=1, keepdims=True).tolist())
print(np.linalg.norm(np.array([1.0, -2.0, 0.5]), 1), np.linalg.norm(np.array([1.0, -2.0, 0.5]), np.inf), np.linalg.norm(x, np.inf, axis=1).tolist(), np.linalg.norm(x, 'fro'))
