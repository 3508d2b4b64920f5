# Hostile: exit(3) before any loss: the program ends with a failing status, as CPython ends it with status 3.
# Expect: 2 | the program fails: SystemExit: 3
exit(3)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
