# Hostile: np.save writes no file.
# Expect: 2 | np.save is not in bpdiff's numpy subset
import numpy as np
np.save('/tmp/bpdiff-hostile-pwned', np.ones(3))  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
