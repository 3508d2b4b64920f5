# Hostile: print with a separator that is not a string, while the output goes nowhere.
# Expect: 2 | TypeError: sep must be None or a string, not int
print(1, 2, sep=5)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
