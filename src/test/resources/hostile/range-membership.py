# Hostile: membership in a huge range takes no time (exit 0).
# Expect: 0 | all 1 checked
assert 10 ** 12 - 1 in range(10 ** 12)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
