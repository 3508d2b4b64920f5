# Hostile: a width past a C int that fits CPython's Py_ssize_t: CPython makes a string of 3 * 10^9 characters.
# Expect: 2 | string of 3000000000 elements is more than bpdiff's limit of 1000000
s = format(1, '>3000000000')  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
