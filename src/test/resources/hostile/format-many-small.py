# Hostile: two hundred thousand strings of a thousand characters each.
# Expect: 2 | characters in all, more than bpdiff's limit
parts = []
for i in range(200000):
    parts.append(f'{i:>1000}')  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
