# Hostile: __repr__ calling repr(self).
# Expect: 2 | calls are nested more than 100 deep
class A:
    def __repr__(self):
        return repr(self)  # <- stops here
s = repr(A())

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
