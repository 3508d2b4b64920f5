# np.logaddexp(a, b) = ln(e^a + e^b): its derivative in a is sigmoid(a - b), a half each at a tie
# (torch.logaddexp); the binary cross-entropy written with it, as students write it
import numpy as np
a = np.array([1.0, -2.0, 0.5, 3.0])
b = np.array([1.0, 0.5, -0.25, 30.0])
z = np.array([-1.5, 0.2, 2.5])
y = np.array([1.0, 0.0, 1.0])
L = np.sum(np.logaddexp(a, b) * np.array([1.0, 2.0, 3.0, 4.0])) + np.mean(y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z))
