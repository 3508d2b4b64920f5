# np.einsum: a matrix product, a transposed product, an outer product, a batched product and full sums
import numpy as np
X = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5]])
W = np.array([[0.2, -0.4], [0.5, 0.6], [0.1, -0.5]])
v = np.array([1.0, -2.0])
B = np.array([[[0.3, -0.1], [0.7, 0.2]], [[-0.4, 0.9], [0.05, 0.6]]])
H = np.tanh(np.einsum('ij,jk->ik', X, W))
G = np.einsum('nj,ij->ni', H, W)
P = np.einsum('i,j->ij', v, H[0])
Q = np.einsum('bij,bjk->bik', B, B)
L = np.einsum('ij,ij->', H, H) + np.sum(G ** 2) + np.einsum('ij', P).sum() * 0.5 + np.einsum('bik->', Q ** 2) + np.einsum('ij,j', X.T, v).sum()
