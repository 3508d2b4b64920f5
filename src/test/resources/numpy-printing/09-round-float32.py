# np.round of a float32 array stays float32 numbers (x * 10**d, rint, / 10**d, each in float32), as a torch
# program's W.detach().numpy().round(4).tolist() prints them
import numpy as np

b = np.array([0.2416, 0.1, -0.4392, 1234.5678, 0.125, 2.5], dtype=np.float32)
print(b.round(4).tolist(), b.round(4).dtype)
print(np.round(b, 2).tolist(), np.round(b, -1).tolist(), b.round().tolist())
print(np.around(b * 3, 3).tolist())
print(np.round(np.array([0.2416, 0.1, 1234.5678]), 4).tolist())
