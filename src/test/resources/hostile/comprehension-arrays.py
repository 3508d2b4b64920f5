# Hostile: a comprehension of a thousand arrays of a million elements (8 GB).
# Expect: 2 | out of memory
import numpy as np
x = [np.ones(1000000) for i in range(1000)]  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
