# What the classic tutorials call around their arithmetic: scipy.special's expit and logit (Rashid),
# np.array(..., ndmin=2) (Rashid), np.nan_to_num (Nielsen's cross-entropy), np.apply_along_axis (Zhou)
import numpy as np
import scipy.special
w = np.array([[0.1, -0.4], [0.3, 0.2]])
x = np.array([0.5, 0.3])
p = np.array([0.2, 0.7, 0.45])
h = scipy.special.expit(np.dot(w, np.array(x, ndmin=2).T))
a = scipy.special.expit(np.dot(w.T, h))
y = np.array([[1.0], [0.0]])
ce = np.sum(np.nan_to_num(-y * np.log(a) - (1 - y) * np.log(1 - a)))
rows = np.apply_along_axis(lambda r: scipy.special.expit(r[0] * 0.5 - r[1]), 1, w * 2.0)
L = ce + np.sum(rows ** 2) + np.sum(scipy.special.logit(p) * p)
