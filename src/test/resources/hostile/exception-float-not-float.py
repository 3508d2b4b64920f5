# Hostile: __float__ returning a string: CPython's TypeError (seen with /usr/bin/python3); it used to pass (exit 0).
# Expect: 2 | TypeError: A.__float__ returned non-float (type str)
class A:
    def __float__(self):
        return 'no'
x = float(A())  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
