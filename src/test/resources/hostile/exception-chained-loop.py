# Hostile: exceptions chained a hundred thousand deep, then raised.
# Expect: 2 | ValueError: 99999
err = None
for i in range(100000):
    try:
        raise ValueError(i) from err
    except ValueError as e:
        err = e
raise err  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
