# np.max over all elements: torch.max() shares the gradient equally among the elements equal to the maximum
import numpy as np
x = np.array([[1.0, 3.0], [3.0, -2.0]])
y = np.array([0.5, -0.75, 0.25])
L = 2.0 * np.max(x) + np.min(y) ** 2 + np.amin(x, keepdims=True).sum()
