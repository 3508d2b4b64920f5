# np.tensordot: axes as an integer (default 2), as a pair of lists, as a pair of integers, negative axes, axes=0 (the
# outer product), 3-D operands, and a shape mismatch's ValueError
import numpy as np
A = np.arange(6.0).reshape(2, 3) / 3
B = np.arange(12.0).reshape(3, 4) / 7
C = np.arange(24.0).reshape(2, 3, 4) / 5
print(np.tensordot(A, B, axes=([1], [0])))
print(np.tensordot(A, B, axes=1), np.tensordot(A, A, axes=2), np.tensordot(A, A))
print(np.tensordot(A, A, axes=([0], [0])))
print(np.tensordot(A, A, (1, 1)), np.tensordot(A, B, axes=([-1], [-2])).shape)
print(np.tensordot(C, B, axes=([1, 2], [0, 1])), np.tensordot(C, A, axes=([0, 1], [0, 1])))
print(np.tensordot(A[0], B[:, 0], axes=0).shape, np.tensordot(C, B, axes=([2], [1])).shape)
print(np.tensordot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0], axes=1))
try:
    np.tensordot(A, B, axes=([0], [0]))
except ValueError as e:
    print("ValueError", e)
