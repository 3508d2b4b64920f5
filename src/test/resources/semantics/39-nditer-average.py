# np.nditer(x, flags=['multi_index'], op_flags=['readwrite']) walked as a numerical gradient walks it (finished, multi_index, iternext), and np.average without weights
import numpy as np

x = np.arange(6.0).reshape(2, 3)
it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
seen = []
while not it.finished:
    idx = it.multi_index
    seen.append(idx)
    x[idx] = x[idx] * 10
    more = it.iternext()
print(seen, more, it.finished)
print(x)
v = np.array([1.5, 2.5])
it = np.nditer(v, flags=['multi_index'])
while not it.finished:
    print(it.multi_index, v[it.multi_index])
    it.iternext()
print(np.average(x), np.average(x, axis=0), np.average([1, 2, 3, 4]), np.average(x, 1))
try:
    np.nditer(v, flags=['multi_index']).iternext()
    it.multi_index
except ValueError as e:
    print("ValueError:", e)
