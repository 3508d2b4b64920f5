# Hostile: nested loops, each under the loop limit, past the statement limit.
# Expect: 2 | more than 10000000 statements
n = 0
for i in range(100000):
    for j in range(1000):
        n = n + 1  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
