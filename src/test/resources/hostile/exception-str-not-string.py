# Hostile: __str__ returning an int (CPython's TypeError).
# Expect: 2 | TypeError: __str__ returned non-string (type int)
class A:
    def __str__(self):
        return 1
s = str(A())  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
