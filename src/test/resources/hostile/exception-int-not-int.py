# Hostile: __int__ returning a string: CPython's TypeError (seen with /usr/bin/python3).
# Expect: 2 | TypeError: __int__ returned non-int (type str)
class A:
    def __int__(self):
        return 'no'
x = int(A())  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
