# Hostile: printing large arrays summarises them as numpy does (exit 0).
# Expect: 0 | [    0     1     2 ... 99997 99998 99999]
# Options: --show-output
import numpy as np
print(np.ones((1000, 1000)))
print(np.arange(100000))

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
