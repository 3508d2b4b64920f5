import math

for p in [0.5, 0.1, 0.0]:
    print(f"p={p}")
    print(-math.log(p))
