# Hostile: f'{1:q}' (CPython's ValueError).
# Expect: 2 | ValueError: Unknown format code 'q' for object of type 'int'
s = f'{1:q}'  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
