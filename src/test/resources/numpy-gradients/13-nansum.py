# np.nansum of arrays without NaN is the sum, along an axis too (its NaN case is held to numpy in program-semantics)
import numpy as np
a = np.array([[0.5, -1.0], [2.0, 0.25]])
b = np.array([1.5, 0.3, -2.0])
L = np.nansum(a * a) + np.nansum(np.tanh(a), axis=0).sum() + np.nansum(b * 3.0) * np.nansum(b ** 2)
