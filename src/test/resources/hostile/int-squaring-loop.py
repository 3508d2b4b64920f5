# Hostile: an int squared until it is huge.
# Expect: 2 | bpdiff's limit
x = 3
for i in range(64):
    x = x * x  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
