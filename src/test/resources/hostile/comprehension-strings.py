# Hostile: a comprehension of 10^5 strings of 10^5 characters.
# Expect: 2 | characters in all, more than bpdiff's limit
x = ['y' * 100000 for i in range(100000)]  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
