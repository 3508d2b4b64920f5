# Hostile: recursion 90 deep is allowed (exit 0).
# Expect: 0 | all 1 checked
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
assert depth(90) == 90

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
