# Hostile: a loss that is nan is not a match.
# Expect: 1
import numpy as np
w = np.array([0.5])
for epoch in range(3):
    loss = np.sum(w * np.nan)
    d_w = w * 0
    w = w - 0.1 * d_w

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
