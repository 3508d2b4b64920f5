# Hostile: appending lists of a thousand in an endless loop.
# Expect: 2 | items in all, more than bpdiff's limit
rows = []
while True:
    rows.append([0.0] * 1000)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
