# Hostile: float work recorded on the tape in nested loops: the recorded-operations limit at its line.
# Expect: 2 | recorded operations
v = 0.5
for i in range(3000):
    for j in range(1000):
        v = v * 1.0000001  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
