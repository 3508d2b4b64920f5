# Python's int and float rules.
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 0.5, 4 ** 0.5, 10 ** 20, 2 ** 100, -(2 ** 63), 2 ** 64 - 1)
print(10 / 4, 10 / 5, 1 / 7, -1 / 7, 2 ** 53 + 1, float(2 ** 53 + 1))
print(int(3.9), int(-3.9), int("42"), int(" -17 "), int("ff", 16), int("0b101", 0), int(True), int(1e20))
print(float(3), float("1e-3"), float(" 2.5 "), float("inf"), float("-Infinity"), float("nan"), float(True))
print(abs(-3), abs(-3.5), abs(True), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3))
print(round(3.14159, 2), round(-2.5), round(3.5), round(1e20), round(2.5, 0), round(15, -1), round(25, -1))
print(max(3, 7.5, -1), min(3, 7.5, -1), max([1, 5, 3]), min("banana"), max([], default=0), min(3, 1, key=lambda v: -v))
print(sum([0.1] * 10), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(hex(255), hex(-255), bin(10), oct(8), ord("A"), chr(97), chr(0x4e2d))
print(True + True, True * 3, 3 - False, True / 2, -True, ~5, ~-1)
print(1 == 1.0, 1 is 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 3 < 5 < 7, 3 < 5 > 7, 1 < 2.5)
print(float("1.5e300") * 1e10, -float("1e308") * 10, 1e308 + 1e308)
print(hash(1) == hash(1.0), hash(0), hash(-1), hash(2 ** 61), hash(10 ** 30), hash(1.5), hash(-2.25))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), type(2 ** 70).__name__)
print(0.1 .is_integer(), (3.0).is_integer(), (255).bit_length(), (-1).bit_length())
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
y = 2.5
y /= 2
y -= 0.25
print(y)
print(3 * "ab", [0] * 3, (1, 2) * 2, "ab" * 0, [1] * -1)
big = 1
for k in range(1, 31):
    big *= k
print(big, len(str(big)), big // 10 ** 20, big % 1000007)
print(int("123456789012345678901234567890") + 1, -(10 ** 25) // 7, (10 ** 25) % -7)
print(2 ** 0.5 * 2 ** 0.5, 1e16 + 1, 2 ** 53 + 1, 0.1 ** 20, 1.1 ** 100)
