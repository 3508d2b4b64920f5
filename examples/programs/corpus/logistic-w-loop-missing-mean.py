# Logistic regression by gradient descent: the weights in a numpy vector, stepped one element at a time
import numpy as np

X = np.array([[0.5, 0.3, 1.0],
              [0.1, 0.9, 1.0],
              [0.8, 0.2, 1.0],
              [0.4, 0.7, 1.0]])  # the last column is the bias input
y = np.array([1.0, 0.0, 1.0, 0.0])
w = np.array([0.1, -0.2, 0.05])
lr = 0.5

for epoch in range(200):
    p = 1 / (1 + np.exp(-X @ w))
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    grad = X.T @ (p - y)
    for i in range(len(w)):
        w[i] -= lr * grad[i]
    if epoch % 50 == 0:
        print(f"epoch {epoch:3d}  loss {loss:.6f}")

print("w =", np.round(w, 4))
