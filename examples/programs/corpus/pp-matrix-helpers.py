import math
import random

# a 2-2-2 network with matrices as lists of lists and hand-written matrix helpers (no numpy)


def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]


def transpose(A):
    return [list(r) for r in zip(*A)]


def apply(f, A):
    return [[f(v) for v in row] for row in A]


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


random.seed(0)
X = [[0.5], [0.3]]            # column vector
Y = [[0.23], [-0.07]]
W1 = [[random.uniform(-1, 1) for _ in range(2)] for _ in range(2)]
W2 = [[random.uniform(-1, 1) for _ in range(2)] for _ in range(2)]
lr = 0.9

for it in range(25):
    H = apply(sigmoid, matmul(W1, X))
    O = apply(sigmoid, matmul(W2, H))
    loss = sum((O[i][0] - Y[i][0]) ** 2 for i in range(2)) / 2

    dZ2 = [[(O[i][0] - Y[i][0]) * O[i][0] * (1 - O[i][0])] for i in range(2)]
    dW2 = matmul(dZ2, transpose(H))
    dH = matmul(transpose(W2), dZ2)
    dZ1 = [[dH[i][0] * H[i][0] * (1 - H[i][0])] for i in range(2)]
    dW1 = matmul(dZ1, transpose(X))

    for i in range(2):
        for j in range(2):
            W2[i][j] -= lr * dW2[i][j]
            W1[i][j] -= lr * dW1[i][j]
    if it % 8 == 0:
        print("it=%d loss=%.7f" % (it, loss))

print("W1 =", [[round(v, 5) for v in row] for row in W1])
print("W2 =", [[round(v, 5) for v in row] for row in W2])
