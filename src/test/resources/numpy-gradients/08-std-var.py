# np.std and np.var, with ddof and axis (torch.std / torch.var with correction=ddof)
import numpy as np
s = np.array([[1.0, 2.5, -0.5, 4.0], [0.25, 0.5, 3.0, -2.0]])
L = np.std(s) + np.var(s, axis=0).sum() + np.std(s, axis=1, ddof=1).sum() + np.var(s, ddof=1) + np.sum(np.std(s, axis=0, keepdims=True) * s)
