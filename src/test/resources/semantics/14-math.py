# The math module.
import math
from math import sqrt, pi, floor

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, pi)
print(math.sqrt(16), sqrt(2), math.floor(-2.5), floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3))
print(math.factorial(10), math.factorial(25), math.gcd(12, 18), math.gcd(0, 0), math.lcm(4, 6), math.isqrt(17))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isfinite(1e308))
print(math.isinf(math.inf), math.isnan(math.nan), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180), math.dist((0, 0), (3, 4)), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log(math.e), math.exp(0), math.exp(1), math.log(1), math.log1p(0), math.expm1(0), round(math.cbrt(27), 12))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(1), math.erf(0), math.erfc(0))
print(f"{math.erf(0.5):.12f} {math.erfc(1.5):.12f} {math.gamma(4.5):.10f} {math.lgamma(10.5):.10f}")
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.pow(2, 10), math.pow(2.0, 0.5), math.exp2(10))
print(f"{math.exp(2.5):.12f} {math.log(10):.12f} {math.sin(1):.12f} {math.cos(1):.12f} {math.tanh(0.5):.12f}")


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


print([f"{sigmoid(z):.10f}" for z in (-2, 0, 0.5, 3)])
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.exp, 1000), (math.acos, 2), (math.factorial, -1),
               (math.asin, -1.5), (math.atanh, 1), (math.gamma, 0), (math.cosh, 1000)]:
    try:
        f(arg)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
print(math.floor(1e20), math.ceil(-1e20), type(math.floor(2.5)).__name__)
