# Hostile: 10.0 ** 400 (CPython's OverflowError).
# Expect: 2 | OverflowError: (34, 'Numerical result out of range')
x = 10.0 ** 400  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
