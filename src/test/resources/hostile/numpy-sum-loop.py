# Hostile: sums of a million elements in an endless loop (each sum is charged to the floating-point budget, which
# holds a minute of such work: the time limit stops it first, in the sum).
# Expect: 2 | ran longer than 15 seconds, bpdiff's limit
import numpy as np
a = np.ones(1000000)
while True:
    s = np.sum(a)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
