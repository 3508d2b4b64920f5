# Hostile: inf - inf is nan without an error, as in CPython (exit 0).
# Expect: 0 | all 1 checked
x = float('inf') - float('inf')
assert x != x

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
