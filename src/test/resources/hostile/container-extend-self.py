# Hostile: a list extended with itself.
# Expect: 2 | more than bpdiff's limit of 1000000
x = [0.5]
for i in range(64):
    x.extend(x)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
