# Hostile: nn.Linear(2**32 + 2, 2**32 + 3), whose sizes wrapped to a 3 x 2 layer; PyTorch: "Storage size calculation
# overflowed". Refused at bpdiff's elements limit.
# Expect: 2 | an array, list or string of 4294967298 elements is more than bpdiff's limit of 1000000
import torch
layer = torch.nn.Linear(2 ** 32 + 2, 2 ** 32 + 3)  # <- stops here

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
