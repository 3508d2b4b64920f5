# Hostile: a list of 100 repeated 10**17 times (a product past 64 bits).
# Expect: 2 | more than bpdiff's limit of 1000000
x = [0] * 100 * 10 ** 17  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
