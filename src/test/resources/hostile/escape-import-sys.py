# Hostile: import sys.
# Expect: 2 | import sys is not supported
import sys  # <- stops here
sys.exit(0)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
