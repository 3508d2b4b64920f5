import math

x = 1.0
for step in range(12):
    x = math.exp(x)
    print(step, f"{x:.6g}")
