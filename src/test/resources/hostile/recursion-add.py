# Hostile: __add__ adding itself.
# Expect: 2 | calls are nested more than 100 deep
class A:
    def __add__(self, other):
        return self + other  # <- stops here
x = A() + 1

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
