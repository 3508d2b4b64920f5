# Hostile: a set doubled by update until it is too large.
# Expect: 2 | bpdiff's limit
s = set(range(1000))
for i in range(64):
    s.update({x + len(s) for x in s})  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
