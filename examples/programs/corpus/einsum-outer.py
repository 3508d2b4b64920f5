# A 3-4-2 tanh network written with np.einsum, the input gradient as a sum of np.outer over the samples
import numpy as np
np.random.seed(2)
X = np.random.randn(5, 3)
T = np.random.randn(5, 2)
W = np.random.randn(3, 4) * 0.5
V = np.random.randn(4, 2) * 0.5
lr = 0.2
for epoch in range(40):
    H = np.tanh(np.einsum('ij,jk->ik', X, W))
    Y = np.einsum('ij,jk->ik', H, V)
    L = 0.5 * np.einsum('ij,ij->', Y - T, Y - T) / 5
    dY = Y - T
    dV = np.einsum('ni,nj->ij', H, dY)
    dH = np.einsum('nj,ij->ni', dY, V) * (1 - H ** 2)
    dW = sum(np.outer(X[n], dH[n]) for n in range(X.shape[0]))
    W -= lr * dW / 5
    V -= lr * dV / 5
    if epoch % 10 == 0:
        print(f"{epoch:02d} L={L:.6f}")
