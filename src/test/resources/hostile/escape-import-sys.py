# Hostile: sys's module table, to reach os without importing it.
# Expect: 2 | sys.modules
import sys
sys.modules['os'].system('touch /tmp/bpdiff-hostile-pwned')  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
