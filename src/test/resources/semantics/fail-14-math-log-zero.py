# Cross-entropy of a probability that reached exactly 0: math.log(0) is a ValueError, not -inf.
import math

probabilities = [0.9, 0.5, 0.0]
total = 0.0
for p in probabilities:
    total -= math.log(p)
    print(f"p={p:.2f} loss so far {total:.4f}")
