# Hostile: a class's __dict__ through an instance's __class__.
# Expect: 2 | AttributeError
class A:
    pass
k = A().__class__.__dict__  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
