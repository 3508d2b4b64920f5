# Hostile: repr of dicts whose values alias one another.
# Expect: 2 | more than bpdiff's limit of 1000000
d = {'k': [0.1] * 1000}
for i in range(20):
    d = {j: d for j in range(100)}
s = repr(d)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
