# Hostile: math.exp(1000) (CPython's OverflowError).
# Expect: 2 | OverflowError: math range error
import math
x = math.exp(1000)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
