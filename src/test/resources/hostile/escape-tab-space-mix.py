# Hostile: mixed tabs and spaces (CPython's TabError), one line.
# Expect: 2 | TabError: inconsistent use of tabs and spaces in indentation
if True:
    x = 1
	y = 2  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
