# Hostile: a width of 10**9 computed inside an f-string's spec would build a string of a billion characters.
# Expect: 2 | more than bpdiff's limit
n = 10 ** 9
s = f'{1:>{n}}'  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
