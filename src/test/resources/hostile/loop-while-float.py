# Hostile: a while loop whose float never reaches its bound: its operations fill the tape.
# Expect: 2 | recorded operations
x = 0.0
while x != 1.0:
    x = x + 0.1  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
