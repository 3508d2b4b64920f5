# Hostile: one epoch of 200,000 scalar operations (a loss summed over 40,000 samples in a Python loop): the run is quick, its replay on the engine is not.
# Expect: 2 | ran longer than 15 seconds, bpdiff's limit
w = 0.5
loss = 0.0
d_w = 0.0
for i in range(40000):
    x = (i % 10) / 10.0
    e = w * x - 0.3
    loss = loss + 0.5 * e ** 2
    d_w = d_w + e * x
w = w - 0.1 * d_w
