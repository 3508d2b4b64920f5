# Hostile: a recursive lambda.
# Expect: 2 | calls are nested more than 100 deep
f = lambda n: f(n + 1)  # <- stops here
f(0)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
