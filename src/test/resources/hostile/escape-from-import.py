# Hostile: from os import system.
# Expect: 2 | not supported
from os import system  # <- stops here
system('touch /tmp/bpdiff-hostile-pwned')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
