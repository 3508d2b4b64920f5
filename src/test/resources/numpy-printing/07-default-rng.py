# np.random.default_rng's draws to the last bit: PCG64 seeded by SeedSequence, the ziggurat normal, Lemire integers
import numpy as np
for seed in [0, 1, 42, 12345, 2 ** 32 - 1, 2 ** 64 + 3, 10 ** 30]:
    rng = np.random.default_rng(seed)
    print(seed, rng.standard_normal(1200).tolist())
    print(rng.random(5).tolist(), rng.normal(3.0, 0.25, 5).tolist(), rng.uniform(-2, 5, 5).tolist())
    print(rng.integers(0, 7, 10).tolist(), rng.integers(-5, 2 ** 40, 4).tolist(), rng.integers(3), rng.integers(1, 6, 5, endpoint=True).tolist())
    print(rng.permutation(12).tolist(), rng.choice(9, 5, replace=False).tolist(), rng.standard_normal(), rng.random())
    print(rng.choice(5, 8).tolist(), rng.choice(5, 8, p=[0.05, 0.15, 0.3, 0.3, 0.2]).tolist(), rng.choice(40, 3, replace=False).tolist())
    print(rng.standard_normal((2, 3)).tolist(), rng.integers(0, 2 ** 52, 3).tolist(), rng.integers(0, 2 ** 32, 3).tolist())
