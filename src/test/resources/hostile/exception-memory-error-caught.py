# Hostile: except MemoryError does not catch the size limit.
# Expect: 2 | more than bpdiff's limit of 1000000
try:
    x = [0] * 10 ** 10  # <- stops here
except MemoryError:
    print('caught')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
