# Hostile: np.dot of np.dot … of 999 x 999 matrices, 40 deep.
# Expect: 2 | bpdiff's limit
import numpy as np
a = np.ones((999, 999)) / 999
b = np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, np.dot(a, a))))))))))))))))))))))))))))))))))))))))  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
