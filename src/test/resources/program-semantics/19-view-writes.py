import numpy as np
W = np.zeros((2, 3))
W[0][1] = 5.0
W[1][::2] = 7.0
W[1][1] += 2.0
W[:, 1][0] -= 1.0
W[[0, 1]][0] = 99.0
L = [[1, 2], [3, 4]]
L[0][1] = 9
A = np.arange(24.0).reshape(2, 3, 4)
A[1][2][3] = -1
A[0][1:][0][::3] = 100
print(W.tolist(), L, A.tolist())
a = np.array([1.0, -2.0, 3.0])
for i in range(3):
    a[i] = a[i] * 2 if a[i] > 0 else 0.0
grad = np.zeros((2, 2))
for i in range(2):
    for j in range(2):
        grad[i][j] = (i + 1) * 0.5 - j
print(a.tolist(), grad.tolist())
