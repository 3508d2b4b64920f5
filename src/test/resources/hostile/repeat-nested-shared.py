# Hostile: [[0] * 1000] * 1000 shares its rows and is cheap (exit 0).
# Expect: 0 | all 1 checked
x = [[0] * 1000] * 1000
x[0][0] = 1
assert x[999][0] == 1

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
