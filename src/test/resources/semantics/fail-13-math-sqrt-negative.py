# The standard deviation of a variance that rounding made negative: math.sqrt refuses it as CPython does.
import math

variances = [0.25, 1e-12, -1e-17]
for v in variances:
    print("variance", v, "std", math.sqrt(v))
