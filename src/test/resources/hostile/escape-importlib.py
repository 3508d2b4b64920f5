# Hostile: import importlib.
# Expect: 2 | import importlib is not supported
import importlib  # <- stops here
os = importlib.import_module('os')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
