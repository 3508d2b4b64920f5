# Hostile: a loop over enumerate(zip()) of huge ranges.
# Expect: 2 | a loop ran more than 1000000 times
for i, (a, b) in enumerate(zip(range(10 ** 12), range(10 ** 12))):  # <- stops here
    pass

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
