import numpy as np
rate = 0.5
counter = 0


def scale(x, factor=2.0, offset=0):
    return x * factor + offset


def uses_global(v):
    return v * rate


def bump():
    global counter
    counter += 1
    return counter


def pair(a, b):
    return a + b, a - b


s, d = pair(3.0, 1.0)
print(scale(1.5), scale(1.5, 3), scale(1.5, offset=1), scale(factor=0.5, x=4.0), uses_global(3.0), bump(), bump(), s, d)
total = 0.5 + \
    1.5
values = [1.0,
          2.0]
print(total, values, counter)
