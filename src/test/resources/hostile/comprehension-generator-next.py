# Hostile: next() of a generator over 10^12 numbers takes the first only: generator expressions are lazy (exit 0).
# Expect: 0 | all 1 checked
g = (i * i for i in range(10 ** 12))
first = next(g)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
