# Gradient descent with momentum on a 2-5-1 tanh network: the velocities vW1, vW2 add up the gradients of
# every epoch so far, and the weights step by them; dW1 and dW2 are this epoch's gradients.
import numpy as np

X = np.array([[1.62, -0.61], [-0.53, -1.07], [0.87, -2.30], [1.74, -0.76], [0.32, -0.25]])
Y = np.array([[0.37], [-0.13], [0.45], [0.26], [-0.08]])
W1 = np.array([[0.25, -0.4, 0.1, 0.6, -0.3], [-0.5, 0.3, 0.45, -0.2, 0.15]])
W2 = np.array([[0.3], [-0.6], [0.2], [0.5], [-0.1]])
vW1 = np.zeros_like(W1)
vW2 = np.zeros_like(W2)
lr, beta = 0.05, 0.9
for epoch in range(60):
    H = np.tanh(X @ W1)
    out = H @ W2
    loss = np.sum((out - Y) ** 2) / 2
    dout = out - Y
    dW2 = H.T @ dout
    dW1 = X.T @ (dout @ W2.T * (1 - H ** 2))
    vW1 = beta * vW1 + dW1
    vW2 = beta * vW2 + dW2
    W1 = W1 - lr * vW1
    W2 = W2 - lr * vW2
    if epoch % 15 == 0:
        print(epoch, round(loss, 6))
