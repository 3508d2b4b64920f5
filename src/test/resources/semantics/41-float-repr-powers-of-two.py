# A power of two whose nearest shorter decimal below reads back as the next float down: its repr is the decimal above
# (2 ** -24 prints as 5.960464477539063e-08 in CPython, 17 digits in Java 17's Double.toString)
import numpy as np

x = 2.0 ** -24
print(x, [x], repr(x), str(x), f"{x!r}")
print(2.0 ** -1074, 2.0 ** 1023, 2.0 ** -100, 2.0 ** 60, 2.0 ** -60)
print([2.0 ** -k for k in range(20, 80, 7)])
print(np.float64(x), [np.float64(2.0 ** -40)])
print(np.array([x, 1.0]), np.array([2.0 ** -24], dtype=np.float32))
