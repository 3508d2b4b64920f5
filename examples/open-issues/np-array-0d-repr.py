# np.array of a Python number is a 0-d array: numpy 1.24 prints repr array(0.22943978), str 0.22943977596110007
import numpy as np

a = np.array(0.22943977596110007)
print(repr(a), str(a), a.ndim, type(a).__name__)
b = a + 1.0
print(repr(b), type(b).__name__)
