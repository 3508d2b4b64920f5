# Hostile: __call__ calling itself.
# Expect: 2 | calls are nested more than 100 deep
class A:
    def __call__(self):
        return self()  # <- stops here
x = A()()

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
