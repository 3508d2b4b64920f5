# Hostile: a '%*d' width of 2**32 + 5, which wrapped to 5 and printed; CPython: "OverflowError: Python int too large
# to convert to C int".
# Expect: 2 | OverflowError: Python int too large to convert to C int
s = "%*d|" % (2 ** 32 + 5, 1)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
