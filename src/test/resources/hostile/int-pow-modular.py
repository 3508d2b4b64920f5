# Hostile: pow with a modulus is fast (exit 0).
# Expect: 0 | all 1 checked
assert pow(3, 10 ** 100, 7) == pow(3, 10 ** 100 % 6, 7)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
