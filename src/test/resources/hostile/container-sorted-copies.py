# Hostile: a hundred sorted copies of a list of a million kept.
# Expect: 2 | items in all, more than bpdiff's limit
base = list(range(1000000))
keep = [sorted(base) for i in range(100)]  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
