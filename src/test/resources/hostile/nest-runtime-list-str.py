# Hostile: str of a list nested 100,000 deep at run time.
# Expect: 2 | nested too deeply for bpdiff's stack
a = []
for i in range(100000):
    a = [a]
s = str(a)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
