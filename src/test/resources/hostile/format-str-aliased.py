# Hostile: str of a list aliased 30 levels deep (10^90 elements to print).
# Expect: 2 | more than bpdiff's limit of 1000000
a = [1.5]
b = [a] * 1000
for i in range(30):
    b = [b] * 1000
s = str(b)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
