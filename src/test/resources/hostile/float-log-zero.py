# Hostile: math.log(0) (CPython's ValueError).
# Expect: 2 | ValueError: math domain error
import math
x = math.log(0)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
