# Hostile: __getattr__ reading a missing attribute of itself.
# Expect: 2 | calls are nested more than 100 deep
class A:
    def __getattr__(self, name):
        return self.missing  # <- stops here
x = A().anything

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
