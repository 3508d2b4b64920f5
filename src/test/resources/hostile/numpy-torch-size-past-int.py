# Hostile: a torch size past an int (2**32 + 3), which wrapped to 3 and made a silently wrong shape; torch says the
# shape is invalid for 3 elements, bpdiff that the dimension is past its elements limit (as np.zeros((2**62, 0))).
# Expect: 2 | an array, list or string of 4294967299 elements is more than bpdiff's limit of 1000000
import torch
x = torch.ones(3).view(2 ** 32 + 3)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
