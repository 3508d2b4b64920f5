# Hostile: plt.savefig writes no file (exit 0).
# Expect: 0 | all 1 checked
import matplotlib.pyplot as plt
plt.plot([1, 2])
plt.savefig('/tmp/bpdiff-hostile-pwned')

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
