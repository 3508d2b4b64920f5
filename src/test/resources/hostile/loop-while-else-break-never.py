# Hostile: a while loop whose break never comes.
# Expect: 2 | a loop ran more than 1000000 times
i = 0
while i >= 0:  # <- stops here
    i += 1
    if i < 0:
        break
else:
    pass

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
