# Hostile: [0] * 10**20 (CPython's OverflowError).
# Expect: 2 | OverflowError: cannot fit 'int' into an index-sized integer
x = [0] * 10 ** 20  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
