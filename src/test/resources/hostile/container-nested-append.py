# Hostile: lists of a hundred appended in two nested loops.
# Expect: 2 | items in all, more than bpdiff's limit
x = []
for i in range(1000):
    x.append([])
    for j in range(1000):
        x[-1].append([0] * 100)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
