# Hostile: a 10,000 x 10,000 list comprehension.
# Expect: 2 | items in all, more than bpdiff's limit
x = [[i * j for j in range(10000)] for i in range(10000)]  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
