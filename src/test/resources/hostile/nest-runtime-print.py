# Hostile: print of a list nested 100,000 deep, shown.
# Expect: 2 | nested too deeply for bpdiff's stack
# Options: --show-output
a = []
for i in range(100000):
    a = [a]
print(a)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
