# Hostile: ().__class__.__base__.__subclasses__().
# Expect: 2 | AttributeError
classes = ().__class__.__base__.__subclasses__()  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
