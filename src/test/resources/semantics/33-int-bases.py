# int() and literals in bases 2, 8, 16 (read in linear time by bpdiff), 36 and 10, with signs, prefixes, underscores
# and leading zeros; a million binary digits read in one statement.
print(int('0b1011', 0), int('ff', 16), int('-0x1F', 16), int('777', 8), int('z', 36), int('1_0', 2), int('  +101 ', 2))
print(int('1' * 200, 2) == 2 ** 200 - 1, int('f' * 100, 16) == 16 ** 100 - 1, int('7' * 99, 8) == 8 ** 99 - 1)
print(0b1111_0000, 0o17, 0x00ff, 0000, 00.5, 1_000_000)
x = 0b1111111111111111111111111111111111111111111111111111
print(x)
print(int('1' * 10**6, 2).bit_length(), int('f' * 250000, 16).bit_length(), int('0' * 1000 + '1', 2))
