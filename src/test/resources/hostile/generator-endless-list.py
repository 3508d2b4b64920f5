# Hostile: list() of an endless generator function runs until the loop limit, inside the one statement.
# Expect: 2 | a loop ran more than 1000000 times
def forever():
    while True:  # <- stops here
        yield 1


w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
xs = list(forever())
