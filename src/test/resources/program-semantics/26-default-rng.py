# np.random.default_rng(seed): numpy's Generator, a generator of its own; np.random's legacy sequence is not disturbed
import numpy as np
np.random.seed(3)
a = np.random.rand(2)
rng = np.random.default_rng(42)
W1 = rng.standard_normal((3, 4)) * 0.1
b1 = np.zeros(4)
X = rng.normal(0, 1, size=(5, 3))
print(W1)
print(X @ W1 + b1)
idx = rng.permutation(len(X))
print(idx, X[idx][0])
x = np.arange(6.0)
rng.shuffle(x)
items = [1, 2, 3, 4]
rng.shuffle(items)
print(x, items, rng.integers(10), rng.integers(2, 5, size=(2, 2)))
print(rng.random(), rng.uniform(low=1, high=2), rng.choice([10, 20, 30], size=4))
print(type(rng).__name__, rng, np.random.default_rng(rng) is rng)
np.random.seed(3)
print(np.allclose(a, np.random.rand(2)))
