# Hostile: dicts of a million keys made in a loop.
# Expect: 2 | items in all, more than bpdiff's limit
keys = list(range(1000000))
keep = []
while True:
    keep.append(dict.fromkeys(keys))  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
