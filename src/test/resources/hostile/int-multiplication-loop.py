# Hostile: a huge int multiplied by itself in an endless loop.
# Expect: 2 | bpdiff's limit
x = 7 ** 100000
while True:
    y = x * x  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
