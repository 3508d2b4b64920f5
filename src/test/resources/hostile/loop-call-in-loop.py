# Hostile: an endless loop calling a function.
# Expect: 2 | a loop ran more than 1000000 times
def f(x):
    return x + 1
x = 0
while True:  # <- stops here
    x = f(x)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
