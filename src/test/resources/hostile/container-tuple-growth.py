# Hostile: a tuple grown one element at a time (quadratic copying).
# Expect: 2 | items in all, more than bpdiff's limit
t = ()
for i in range(1000000):
    t = t + (i,)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
