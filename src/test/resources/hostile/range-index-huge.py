# Hostile: indexing a huge range from its end (exit 0).
# Expect: 0 | all 1 checked
r = range(10 ** 18)
assert r[-1] == 10 ** 18 - 1

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
