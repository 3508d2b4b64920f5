# Hostile: __new__ calling cls(): endless recursion in CPython (RecursionError); bpdiff used to ignore __new__.
# Expect: 2 | defining __new__ is not supported
class A:  # <- stops here
    def __new__(cls):
        return cls()
A()

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
