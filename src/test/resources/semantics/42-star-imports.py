# from numpy import * and from math import * as old tutorials write them: numpy's star import binds sum, any and all
# (shadowing the built-ins) but not abs, max, min or round; a later from math import * rebinds exp, sqrt, pi, e, pow
from numpy import *

a = array([[1.0, -2.0], [3.0, 4.5]])
print(sum(a), sum(a, axis=0), any(a < 0), all(a > 0), abs(-2), max(3, 4), min([2, 1]), round(2.567, 2))
print(exp(array([0.0, 1.0])), sqrt(a * a), dot(a, a.T), mean(a), pi, e, inf, zeros((2,)), newaxis)
print(type(random).__name__, linalg.norm(array([3.0, 4.0])), float64(2.5), where(a > 0, a, 0.0))
from math import *

print(exp(1.0), sqrt(2.0), pi, e, tau, pow(2, 3), floor(2.7), ceil(2.1), isclose(0.1 + 0.2, 0.3), log(e))
print(sum([0.1] * 10), fsum([0.1] * 10), prod([1, 2, 3]), inf, isnan(nan), gcd(12, 18), factorial(5))
try:
    exp(array([1.0, 2.0]))
except TypeError as err:
    print("TypeError:", err)
