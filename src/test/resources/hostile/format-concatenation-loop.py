# Hostile: a string rebuilt by concatenation in a loop.
# Expect: 2
s = ''
for i in range(1000000):
    s = s + 'x' * 999  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
