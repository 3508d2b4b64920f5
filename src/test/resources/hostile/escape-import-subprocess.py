# Hostile: import subprocess.
# Expect: 2 | import subprocess is not supported
import subprocess  # <- stops here
subprocess.run(['touch', '/tmp/bpdiff-hostile-pwned'])

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
