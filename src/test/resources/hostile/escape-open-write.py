# Hostile: open a file for writing.
# Expect: 2 | open is not supported
f = open('/tmp/bpdiff-hostile-pwned', 'w')  # <- stops here
f.write('x')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
