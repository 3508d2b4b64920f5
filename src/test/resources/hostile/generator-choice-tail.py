# Hostile: a million of ten million without replacement from a Generator, which shuffles the tail of all ten million.
# Expect: 2 | more than bpdiff's limit
import numpy as np
rng = np.random.default_rng(0)
x = rng.choice(10 ** 7, 10 ** 6, replace=False)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
