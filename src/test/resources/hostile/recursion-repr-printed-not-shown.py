# Hostile: a __str__ calling str(self), printed while the output goes nowhere.
# Expect: 2 | calls are nested more than 100 deep
class A:
    def __str__(self):
        return str(self)  # <- stops here
print(A())

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
