# Hostile: str of an int of 100,001 digits (CPython: Exceeds the limit (4300 digits)).
# Expect: 2 | ValueError: Exceeds the limit (4300 digits) for integer string conversion
x = 10 ** 100000
s = str(x)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
