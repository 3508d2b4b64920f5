# Hostile: three nested comprehensions of 500 each.
# Expect: 2 | items in all, more than bpdiff's limit
x = [[[k for k in range(500)] for j in range(500)] for i in range(500)]  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
