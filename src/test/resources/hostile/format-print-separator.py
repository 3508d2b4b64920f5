# Hostile: print with a separator of a million characters, shown.
# Expect: 2 | more than bpdiff's limit of 1000000
# Options: --show-output
print(1, 2, 3, sep='-' * 999999)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
