# Hostile: 1e999999 is inf, as in CPython (exit 0).
# Expect: 0 | all 1 checked
x = 1e999999
assert x == float('inf')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
