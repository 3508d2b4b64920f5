import numpy as np
# numpy's SeedSequence: an integer's 32-bit words, or a sequence's one after the other
for seed in [[1, 2], (3, 4), [], [[1, 2], 3], [True, 2], [2**40, 7], range(3), np.array([1, 2]), 2**70 + 5]:
    rng = np.random.default_rng(seed)
    print(repr(seed), rng.random(), rng.integers(100, size=3))
for bad in ['abc', 1.5, [1.5], [-1], -3, {1: 2}]:
    try:
        np.random.default_rng(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
