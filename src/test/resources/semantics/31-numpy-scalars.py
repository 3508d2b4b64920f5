# numpy float scalars against Python floats: numpy's arithmetic on the edge (a division by zero is inf or nan and
# the program goes on, as in homework 2 with ReLU where out_h2 is 0), their type, and the conversions back to float.
import math

import numpy as np


def relu(z):
    return np.maximum(0, z)


out_h2 = relu(0.5 * -0.4 + 0.3 * 0.6)
print(type(out_h2).__name__, out_h2)
d = 0.25 * 0.8 / out_h2
print(d, d * 0.0, d - d)
print(1.5 / out_h2, -1.5 / out_h2, out_h2 / out_h2)

a = np.float64(2.0)
print(type(a), type(a).__name__, isinstance(a, float), type(a) is float)
b = np.exp(0.5)
print(type(b).__name__, type(float(b)).__name__, type(b.item()).__name__, type(math.exp(b)).__name__)
c = np.array([1.0, 2.0])
print(type(c[0]).__name__, type(c.sum()).__name__, type(c[0] + 1.0).__name__, type(1.0 * c[1]).__name__)
print(type(np.sum([1.0, 2.0])).__name__, type(np.mean(c)).__name__, type(c.tolist()[0]).__name__)
x = np.float64(3.0)
print(x // 0.0, -x // 0.0, x % 0.0, 0.0 / x, x / 0, x ** 2, x // 2.0, x % 2.0)
print(np.float64(10.0) ** 400, np.exp(1000.0))
print(repr(a), str(b), f"{b:.3f}", abs(np.float64(-1.5)))
d = {a: 1}
print(d[2.0], a == 2.0, hash(a) == hash(2.0))

try:
    print(1.5 / float(out_h2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.5 / out_h2.item())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(math.exp(np.float64(1000.0)))
except OverflowError as e:
    print("OverflowError:", e)
