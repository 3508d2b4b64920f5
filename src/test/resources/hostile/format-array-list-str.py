# Hostile: str of a list holding a large array's list a thousand times.
# Expect: 2 | more than bpdiff's limit of 1000000
import numpy as np
a = np.ones(1000)
s = str([a.tolist()] * 1000)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
