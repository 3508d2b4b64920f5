# Hostile: printing a line of a thousand characters a million times with --show-output.
# Expect: 2 | characters in all, more than bpdiff's limit
# Options: --show-output
line = 'x' * 1000
for i in range(1000000):
    print(line)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
