# Hostile: print of an aliased list with --show-output stops at the size of one text.
# Expect: 2 | more than bpdiff's limit of 1000000
# Options: --show-output
a = [[1.0] * 1000] * 1000
b = [a] * 1000
print(b)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
