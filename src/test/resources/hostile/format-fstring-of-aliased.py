# Hostile: an f-string of an aliased list.
# Expect: 2 | more than bpdiff's limit of 1000000
a = [[1.0] * 1000] * 1000
b = [a] * 1000
s = f'{b}'  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
