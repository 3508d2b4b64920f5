# numpy's legacy draws to the last bit: repr of every float (17 significant digits where needed)
import numpy as np
for seed in [0, 1, 42, 2 ** 32 - 1]:
    np.random.seed(seed)
    print(seed, np.random.randn(400).tolist())
    print(np.random.normal(3.0, 0.25, 5).tolist(), np.random.rand(5).tolist(), np.random.uniform(-2, 5, 5).tolist())
    print(np.random.randint(0, 7, 10).tolist(), np.random.randint(-5, 2 ** 40, 4).tolist(), np.random.randint(3))
    print(np.random.permutation(12).tolist(), np.random.choice(9, 5, replace=False).tolist(), np.random.randn())
    print(np.random.choice(5, 8, p=[0.05, 0.15, 0.3, 0.3, 0.2]).tolist(), np.random.choice(5, 4, replace=False, p=[0.05, 0.15, 0.3, 0.3, 0.2]).tolist())
