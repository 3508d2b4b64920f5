# Hostile: np.loadtxt reads no file.
# Expect: 2 | np.loadtxt is not in bpdiff's numpy subset
import numpy as np
x = np.loadtxt('/etc/passwd')  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
