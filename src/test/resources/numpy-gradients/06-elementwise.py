# sin, cos, log1p, power, tanh, sqrt
import numpy as np
t = np.array([0.3, -1.2, 2.5])
u = np.array([[0.5, 1.5], [2.0, 0.1]])
L = np.sum(np.sin(t) * np.cos(2.0 * t)) + np.sum(np.log1p(u)) + np.sum(np.power(u, 3)) + np.sum(np.tanh(t) / np.sqrt(u[0, 0] + 1.0))
