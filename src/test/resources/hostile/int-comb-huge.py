# Hostile: math.comb of ten million.
# Expect: 2 | bpdiff's limit
import math
x = math.comb(10 ** 7, 5 * 10 ** 6)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
