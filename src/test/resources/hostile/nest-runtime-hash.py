# Hostile: hash of a tuple nested 100,000 deep.
# Expect: 2 | nested too deeply for bpdiff's stack
t = ()
for i in range(100000):
    t = (t,)
h = hash(t)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
