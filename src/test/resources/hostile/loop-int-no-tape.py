# Hostile: integer work in nested loops records nothing: the statement limit names it.
# Expect: 2 | more than 10000000 statements
n = 0
for i in range(4000):
    for j in range(3000):
        n = n + j  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
