# Hostile: int() of 5000 digits (CPython's ValueError: Exceeds the limit).
# Expect: 2 | ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits
x = int('9' * 5000)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
