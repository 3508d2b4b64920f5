import numpy as np
print(np.zeros(3).tolist(), np.ones((2, 2)).tolist(), np.zeros_like(np.array([1.0, 2.0])).tolist())
print(np.ones_like(np.zeros((2, 1))).tolist(), np.array([[1, 2], [3, 4]]).tolist(), np.array(2.5) + 1)
print(np.arange(4).tolist(), np.arange(1, 2, 0.25).tolist(), np.linspace(0, 1, 5).tolist(), np.pi, np.e)
print(np.array([0.1, 0.2]).copy().tolist(), np.transpose(np.array([[1.0, 2.0]])).tolist(), np.float64(3))
