# Hostile: a class derived from the last one in an endless loop.
# Expect: 2 | bpdiff's limit
B = object
for i in range(1000000):
    class C(B):  # <- stops here
        pass
    B = C

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
