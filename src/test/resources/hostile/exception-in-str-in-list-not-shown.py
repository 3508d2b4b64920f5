# Hostile: an object whose __str__ raises, printed in a dict in a list while the output goes nowhere (its __repr__ is
# the one a container formats, which raises too).
# Expect: 2 | RuntimeError: no repr either
class A:
    def __str__(self):
        raise RuntimeError('no str')
    def __repr__(self):
        raise RuntimeError('no repr either')  # <- stops here
print([1.0, {'a': A()}])

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
