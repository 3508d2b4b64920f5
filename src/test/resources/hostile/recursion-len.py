# Hostile: __len__ calling len(self).
# Expect: 2 | calls are nested more than 100 deep
class A:
    def __len__(self):
        return len(self)  # <- stops here
n = len(A())

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
