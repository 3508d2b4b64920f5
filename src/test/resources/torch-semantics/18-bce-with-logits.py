import torch
import torch.nn as nn
import torch.nn.functional as F
z = torch.tensor([[0.5, -1.2], [3.0, 0.0], [-20.0, 40.0]], requires_grad=True)
y = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 0.25]])
loss = nn.BCEWithLogitsLoss()(z, y)
print(loss, nn.BCEWithLogitsLoss())
loss.backward()
print(z.grad)
print(F.binary_cross_entropy_with_logits(z, y, reduction='sum'), F.binary_cross_entropy_with_logits(z, y, reduction='none'))
print(torch.allclose(F.binary_cross_entropy_with_logits(z, y), F.binary_cross_entropy(torch.sigmoid(z), y)))
print(nn.Identity()(z), nn.Identity())
seq = nn.Sequential(nn.Identity(), nn.Tanh())
print(seq(torch.tensor([0.5])), seq)
x = torch.tensor([0.3, -0.7], dtype=torch.float64, requires_grad=True)
F.binary_cross_entropy_with_logits(x, torch.tensor([1.0, 0.0], dtype=torch.float64)).backward()
print(x.grad)
