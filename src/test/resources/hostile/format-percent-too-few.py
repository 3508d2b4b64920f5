# Hostile: '%s %s' % 1 (CPython's TypeError).
# Expect: 2 | TypeError: not enough arguments for format string
s = '%s %s' % 1  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
