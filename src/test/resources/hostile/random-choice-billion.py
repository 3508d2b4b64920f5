# Hostile: five of a billion without replacement; numpy's legacy choice shuffles all of them (4 GB, minutes).
# Expect: 2 | more than bpdiff's limit
import numpy as np
x = np.random.choice(10 ** 9, 5, replace=False)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
