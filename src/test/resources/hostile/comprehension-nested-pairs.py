# Hostile: a dict comprehension over two loops of 10,000.
# Expect: 2 | items in all, more than bpdiff's limit
d = {(i, j): 0 for i in range(10000) for j in range(10000)}  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
