# An integer of more than 4300 digits cannot be printed in CPython 3.11 (int max str digits).
n = 1
for k in range(1, 2001):
    n *= k
print(len(str(2 ** 1000)))
print(n % 1000003)
print(str(n)[:10])
