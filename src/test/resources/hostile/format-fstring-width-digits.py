# Hostile: an f-string width of 20 digits (CPython: Too many decimal digits in format string).
# Expect: 2 | ValueError: Too many decimal digits in format string
s = f'{1:>99999999999999999999}'  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
