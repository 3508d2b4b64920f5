# Hostile: torch.zeros(2**62, 0), empty, whose size wrapped to 0 (shape [0, 0]); summed over its last axis it would
# be 2**62 numbers (torch: "Storage size calculation overflowed"). Refused at the size, as numpy's is.
# Expect: 2 | an array, list or string of 4611686018427387904 elements is more than bpdiff's limit of 1000000
import torch
x = torch.zeros(2 ** 62, 0)  # <- stops here
y = x.sum(1)

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
