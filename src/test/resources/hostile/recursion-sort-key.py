# Hostile: a sort key that recurses.
# Expect: 2 | calls are nested more than 100 deep
def key(x):
    return key(x)  # <- stops here
y = sorted([3, 1, 2], key=key)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
