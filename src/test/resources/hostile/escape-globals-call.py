# Hostile: globals().
# Expect: 2 | globals() is not supported
g = globals()  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
