# Hostile: np.expand_dims at axis 2**32, which wrapped to axis 0 and made a shape; numpy 1.24: "OverflowError: Python
# int too large to convert to C int".
# Expect: 2 | OverflowError: Python int too large to convert to C int
import numpy as np
x = np.expand_dims(np.ones(3), 2 ** 32)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
