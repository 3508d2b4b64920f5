import numpy as np
W = np.array([[1.0, 2.0], [3.0, 4.0]])
alias = W
params = [W]
W -= 0.5 * np.ones((2, 2))
W *= 2
print(W.tolist(), alias.tolist(), params[0].tolist())
w = 1.0
v = w
w -= 0.25
w += 1
w *= 3
w /= 2
print(w, v)
grads = [0.1, 0.2]
grads[0] += 1
print(grads)
V = np.array([1.0, 2.0])
V_old = V
V = V - 0.5 * np.ones(2)
U = np.array([1.0, 2.0])
U_old = U
U -= 0.5 * np.ones(2)
print(V.tolist(), V_old.tolist(), U.tolist(), U_old.tolist())
