# Hostile: a nested list compared inside a function called 50 deep.
# Expect: 2 | nested too deeply for bpdiff's stack
a = []
for i in range(100000):
    a = [a]
def deep(n):
    return a == [a] if n == 0 else deep(n - 1)  # <- stops here
deep(50)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
