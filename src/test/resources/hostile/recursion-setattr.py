# Hostile: __setattr__ calling setattr(self, …): endless recursion in CPython (RecursionError); bpdiff, which never
# calls __setattr__, used to run it as if it were not there (exit 0). Refused where the class is defined.
# Expect: 2 | defining __setattr__ is not supported
class A:  # <- stops here
    def __setattr__(self, name, value):
        setattr(self, name, value)
a = A()
a.x = 1

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
