# Hostile: results of large array operations kept in a list.
# Expect: 2 | bpdiff's limit
import numpy as np
W = np.ones((1000, 1000))
kept = []
for i in range(100000):
    kept.append(W + i)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
