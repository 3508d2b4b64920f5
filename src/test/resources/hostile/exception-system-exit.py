# Hostile: raise SystemExit(3) does not end bpdiff with status 3.
# Expect: 2 | SystemExit: 3
raise SystemExit(3)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
