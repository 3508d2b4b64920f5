# Hostile: except RecursionError does not catch the depth limit.
# Expect: 2 | calls are nested more than 100 deep
def f():
    return f()  # <- stops here
try:
    f()
except RecursionError:
    print('caught')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
