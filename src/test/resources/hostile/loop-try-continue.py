# Hostile: an endless loop that raises and catches.
# Expect: 2 | a loop ran more than 1000000 times
while True:  # <- stops here
    try:
        raise ValueError('again')
    except ValueError:
        continue

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
