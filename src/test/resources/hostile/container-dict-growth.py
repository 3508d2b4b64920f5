# Hostile: a dict of ten million keys filled in nested loops.
# Expect: 2 | bpdiff's limit
d = {}
for i in range(10000):
    for j in range(1000):
        d[(i, j)] = i  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
