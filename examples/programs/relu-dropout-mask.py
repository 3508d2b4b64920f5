# A two-layer ReLU network with a fixed dropout mask: the forward pass and the backward pass both mask with
# (z > 0) & keep, the bitwise and of two boolean arrays
import numpy as np

X = np.array([[1.764, 0.4, 0.979], [2.241, 1.868, -0.977], [0.95, -0.151, -0.103], [0.411, 0.144, 1.454], [0.761, 0.122, 0.444], [0.334, 1.494, -0.205]])
Y = np.array([[0.313, -0.854], [-2.553, 0.654], [0.864, -0.742], [2.27, -1.454], [0.046, -0.187], [1.533, 1.469]])
W1 = np.array([[0.077, 0.189, -0.444, -0.99], [-0.174, 0.078, 0.615, 0.601], [-0.194, -0.151, -0.524, -0.71]])
b1 = np.array([0.1, 0.1, 0.1, 0.1])
W2 = np.array([[-0.853, 0.975], [-0.255, -0.219], [-0.626, 0.389], [-0.807, -0.106]])
b2 = np.array([0.0, 0.0])
u = np.array([[0.159, 0.11, 0.656, 0.138], [0.197, 0.369, 0.821, 0.097], [0.838, 0.096, 0.976, 0.469], [0.977, 0.605, 0.739, 0.039], [0.283, 0.12, 0.296, 0.119], [0.318, 0.414, 0.064, 0.692]])
keep = u > 0.25
N = 6
lr = 0.1

for epoch in range(5):
    z = X @ W1 + b1
    mask = (z > 0) & keep
    h = np.where(mask, z, 0.0) / 0.75
    out = h @ W2 + b2
    loss = np.sum((out - Y) ** 2) / N

    d_out = 2 * (out - Y) / N
    dW2 = h.T @ d_out
    db2 = np.sum(d_out, axis=0)
    dh = d_out @ W2.T
    dz = np.where((z > 0) & keep, dh, 0.0) / 0.75
    dW1 = X.T @ dz
    db1 = np.sum(dz, axis=0)

    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    print(epoch, round(float(loss), 6), int(np.sum(mask)), int(np.sum(~mask)))
