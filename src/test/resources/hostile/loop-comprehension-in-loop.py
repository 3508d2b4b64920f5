# Hostile: an endless loop of comprehensions.
# Expect: 2 | items in all, more than bpdiff's limit
while True:
    x = [i for i in range(100)]  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
