# Hostile: a loss that overflows to inf at the first epoch (np.exp(1000)) is not a match.
# Expect: 1
import numpy as np
w = np.array([1000.0])
for epoch in range(3):
    loss = np.sum(np.exp(w))
    d_w = np.exp(w)
    w = w - 0.1 * d_w

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
