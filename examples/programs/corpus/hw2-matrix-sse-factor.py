import numpy as np

x = np.array([0.5, 0.3])
t = np.array([0.23, -0.07])
V = np.array([[0.2, 0.5], [-0.4, 0.6]])   # input -> hidden
W = np.array([[0.1, -0.3], [-0.5, 0.8]])  # hidden -> output
alpha = 0.5

for n in range(25):
    a = 1 / (1 + np.exp(-(V @ x)))
    out = 1 / (1 + np.exp(-(W @ a)))
    J = np.sum((out - t) ** 2)           # squared error without the 1/2
    g_out = (out - t) * out * (1 - out)   # forgot the 2 from the derivative of the square
    g_hid = (W.T @ g_out) * a * (1 - a)
    dW = np.outer(g_out, a)
    dV = np.outer(g_hid, x)
    W -= alpha * dW
    V -= alpha * dV
    if n % 8 == 0:
        print(n, J.round(5))
