# sigmoid written inline with np.exp(-H @ W_out); gradients reported largest first; data unzipped with zip(*...)
import numpy as np

samples = [((0.5, 0.3), (0.23, -0.07)), ((0.1, 0.8), (0.5, 0.2))]
inputs, targets = zip(*samples)
X = np.array(inputs)
T = np.array(targets)
names = ["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"]
W_in = np.array([[0.2, -0.4], [0.5, 0.6]])
W_out = np.array([[0.1, -0.5], [-0.3, 0.8]])
lr = 0.8

for epoch in range(25):
    H = 1 / (1 + np.exp(-X @ W_in))
    O = 1 / (1 + np.exp(-H @ W_out))
    loss = 0.5 * ((O - T) ** 2).sum()
    dO = (O - T) * O * (1 - O)
    g_out = H.T @ dO
    g_in = X.T @ ((dO @ W_out.T) * H * (1 - H))
    W_in -= lr * g_in
    W_out -= lr * g_out
    if epoch % 8 == 0:
        flat = dict(zip(names, list(g_in.ravel()) + list(g_out.ravel())))
        top = sorted(flat.items(), key=lambda kv: abs(kv[1]), reverse=True)[:3]
        print(epoch, "%.6f" % loss, [(k, round(v, 5)) for k, v in top])
print("min weight:", round(min(W_in.min(), W_out.min()), 6), "argmax:", np.argmax(W_out))
