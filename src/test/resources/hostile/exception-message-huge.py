# Hostile: an assertion message of a million characters is cut in bpdiff's one line.
# Expect: 2 | more characters)
assert False, 'x' * 1000000  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
