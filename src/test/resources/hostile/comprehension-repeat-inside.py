# Hostile: a comprehension of lists made by repetition (10^8 items).
# Expect: 2 | items in all, more than bpdiff's limit
x = [[0] * 100000 for i in range(1000)]  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
