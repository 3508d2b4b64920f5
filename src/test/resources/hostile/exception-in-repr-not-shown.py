# Hostile: __repr__ raising, printed while the output goes nowhere (CPython formats it all the same and fails).
# Expect: 2 | ValueError: no repr
class A:
    def __repr__(self):
        raise ValueError('no repr')  # <- stops here
print('start', A())

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
