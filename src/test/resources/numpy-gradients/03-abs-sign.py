# np.abs has derivative 0 at 0 (torch.abs); np.sign has derivative 0 everywhere
import numpy as np
z = np.array([-1.5, 0.0, 2.0, 0.0, -0.25])
v = np.array([0.5, 1.0, -2.0, 3.0, 1.5])
L = np.sum(np.abs(z) * v) + np.sum(np.sign(z) * v * v)
