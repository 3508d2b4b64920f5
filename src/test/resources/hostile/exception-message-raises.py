# Hostile: an uncaught exception whose __str__ raises.
# Expect: 2 | ValueError: inner
class E(Exception):
    def __str__(self):
        raise ValueError('inner')  # <- stops here
raise E('outer')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
