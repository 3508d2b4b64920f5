# Hostile: deep copies of a large nested list kept.
# Expect: 2 | items in all, more than bpdiff's limit
import copy
base = [[0] * 1000 for i in range(1000)]
keep = []
while True:
    keep.append(copy.deepcopy(base))  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
