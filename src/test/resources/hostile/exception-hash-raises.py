# Hostile: a dict key whose __hash__ raises.
# Expect: 2 | RuntimeError: no hash
class A:
    def __hash__(self):
        raise RuntimeError('no hash')  # <- stops here
d = {A(): 1}

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
