# np.einsum with letter labels: products, transposes, sums, batched products, the implicit output, a size mismatch's ValueError
import numpy as np
A = np.arange(6.0).reshape(2, 3)
B = np.arange(12.0).reshape(3, 4) / 7
v = np.array([1.0, -2.0, 0.5])
print(np.einsum('ij,jk->ik', A, B))
print(np.einsum('ij->ji', A), np.einsum('ij', A).shape, np.einsum('ji', A).shape)
print(np.einsum('i,i->', v, v), np.einsum('i,i', v, v), np.einsum('ij,j->i', A, v))
print(np.einsum('i,j->ij', v, v[:2]), np.einsum('ij->', A), np.einsum('ij->j', A))
print(np.einsum('ij,ij->i', A, A), np.einsum('nj,ij->ni', A, A), np.einsum('bij,bjk->bik', np.ones((2, 2, 3)), np.ones((2, 3, 1))).shape)
print(np.einsum("ij, jk -> ik", A, B).sum())
try:
    np.einsum('ij,jk->ik', A, A)
except ValueError as e:
    print("ValueError")
