# functools.reduce: the forward pass of a list of layers folded, sums and products, the initial value, and
# CPython's errors.
import functools
from functools import reduce
import numpy as np

Ws = [np.array([[0.2, -0.4], [0.5, 0.6]]), np.array([[0.1, -0.5], [-0.3, 0.8]])]
x = np.array([[0.5, 0.3]])
out = reduce(lambda a, W: 1 / (1 + np.exp(-(a @ W))), Ws, x)
print(out.tolist())
print(reduce(lambda s, v: s + v, [1, 2, 3, 4]), functools.reduce(lambda p, v: p * v, range(1, 6), 10))
print(reduce(lambda s, v: s + [v * 2], (1.5, 2.5), []), reduce(max, [3, 9, 2]), reduce(lambda s, c: c + s, "abc"))
print(reduce(lambda s, v: s + v, [7]), reduce(lambda s, v: s + v, [], 0.5), reduce(lambda s, v: s + v, iter([1, 2])))
print(reduce, functools.reduce is reduce)


def adder(s, v):
    return s + v


for args, kwargs in [((adder, []), {}), ((adder,), {}), ((adder, [1], 0, 1), {}), ((adder, [1]), {"initial": 0}),
                     ((adder, 5), {})]:
    try:
        reduce(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
