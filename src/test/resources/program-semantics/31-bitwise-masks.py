import numpy as np
# numpy's bitwise_or, bitwise_and, bitwise_xor, left_shift, right_shift and invert: masks of comparisons, int
# arrays, broadcasting, numpy scalars, the types of the results, and the TypeError of a float operand
z = np.array([[-2.0, 0.5, 3.0], [7.0, 12.0, -0.5]])
inside = (z > 0) & (z < 10)
print(inside, inside.dtype)
either = (z < 0) | (z > 10)
print(either, either.dtype, ~either, (~either).dtype)
print((z > 0) ^ (z > 5), ((z > 0) ^ (z > 5)).dtype)
print(np.where((z > 0) & (z < 10), z, 0.0))
print(z * ((z > 0) & (z < 10)), (z * inside).dtype)
keep = np.array([True, False, True])
mask = (z > 0) & keep
print(mask, mask.dtype, mask.shape)
row = (z[0] > 0) | np.array([[True], [False]])
print(row, row.shape)
print(inside & True, inside | False, (inside & True).dtype, inside & 1, (inside & 1).dtype, inside | 2)
print(np.sum(inside), inside.sum(), np.mean(inside), z[inside], z[~inside])
n = np.array([5, -6, 12, 0])
print(n | 3, n & 3, n ^ 3, n << 2, n >> 1, ~n, (n | 3).dtype, (~n).dtype)
print(n & np.array([1, 2, 4, 8]), n ^ n, 3 | n, 1 << np.arange(5), np.arange(8) >> 1)
print(n << 64, n >> 64, n << -1, n >> -1)
print(~np.array([True, False]), ~np.array([1, 2]), ~np.array(5))
bits = np.array([True, True, False])
bits |= np.array([False, False, True])
print(bits, bits.dtype)
bits &= np.array([True, False, True])
print(bits)
bits ^= True
print(bits)
m = np.array([1, 2, 3])
alias = m
m |= 4
print(m, alias is m)
m <<= 1
print(m)
a = np.float64(2.0)
print((a > 1) & (a < 3), (a > 1) | (a > 5), (a > 1) ^ (a > 5))
for name, f in [("float array & float array", lambda: z & z), ("float array | bool array", lambda: z | inside),
                ("int array ^ 1.5", lambda: n ^ 1.5), ("~float array", lambda: ~z), ("float64 & 1", lambda: a & 1),
                ("~float64", lambda: ~a), ("float array << 1", lambda: z << 1), ("int array >> float", lambda: n >> 0.5)]:
    try:
        print(name, f())
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
