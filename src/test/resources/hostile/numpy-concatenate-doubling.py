# Hostile: an array doubled by concatenation.
# Expect: 2 | more than bpdiff's limit of 1000000
import numpy as np
a = np.ones(10)
for i in range(64):
    a = np.concatenate([a, a])  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
