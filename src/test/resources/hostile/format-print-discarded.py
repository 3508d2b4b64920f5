# Hostile: print of an aliased list formats nothing when the output is not shown (exit 0).
# Expect: 0 | all 1 checked
a = [[1.0] * 1000] * 1000
b = [a] * 1000
for i in range(100):
    print(b, b, b)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
