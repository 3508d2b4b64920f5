# Hostile: a dict grown while iterated (CPython's RuntimeError).
# Expect: 2 | RuntimeError: dictionary changed size during iteration
d = {0: 0}
for k in d:  # <- stops here
    d[k + 1] = k

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
