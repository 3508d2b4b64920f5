# Hostile: float(10**400) (CPython's OverflowError).
# Expect: 2 | OverflowError: int too large to convert to float
x = float(10 ** 400)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
