# Hostile: next() of a generator over 10^12 numbers (computed in full where it stands).
# Expect: 2 | a loop ran more than 1000000 times
g = (i * i for i in range(10 ** 12))  # <- stops here
first = next(g)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
