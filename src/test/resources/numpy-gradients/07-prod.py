# np.prod: the derivative of a product where one element is 0, as torch.prod
import numpy as np
p = np.array([[1.5, -2.0, 0.5], [0.0, 3.0, 2.0]])
q = np.array([0.5, 0.25, 2.0, -1.0])
L = np.sum(np.prod(p, axis=1)) + np.sum(np.prod(p, axis=0) ** 2) + np.prod(q) + np.prod(p)
