# Hostile: 1.0 / 0.0 (CPython's ZeroDivisionError).
# Expect: 2 | ZeroDivisionError: float division by zero
x = 1.0 / 0.0  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
