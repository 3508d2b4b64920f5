# Hostile: an exception message and a source line with terminal escape sequences (clear the screen, ring the bell):
# the one line shows them escaped as Python writes them, the excerpt as '?', never raw.
# Expect: 2 | ValueError: red \x1b[31m bell \x07 line \u2028 end
raise ValueError('red \x1b[31m bell \x07 line \u2028 end' + '[2J'[:0])  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
