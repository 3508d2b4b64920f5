# A sigmoid written with math.exp of a large negative pre-activation: OverflowError, not inf.
import math


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


for z in [0.0, 10.0, -100.0, -1000.0]:
    print(z, round(sigmoid(z), 6))
