import torch
import torch.nn as nn
import torch.nn.functional as F

o = torch.tensor([0.4769, 0.5287], requires_grad=True)
y = torch.tensor([0.23, -0.07])
print(nn.MSELoss()(o, y), F.mse_loss(o, y, reduction='sum'), nn.MSELoss(reduction='none')(o, y))
print(nn.MSELoss())
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 2.0]], requires_grad=True)
target = torch.tensor([1, 2])
ce = F.cross_entropy(logits, target)
print(ce, nn.CrossEntropyLoss(reduction='sum')(logits, target))
ce.backward()
print(logits.grad)
print(F.softmax(logits, dim=1), F.log_softmax(logits, 1))
print(F.nll_loss(F.log_softmax(logits, 1), target))
probs = torch.tensor([[0.2, 0.5, 0.3], [0.0, 0.0, 1.0]])
print(F.cross_entropy(logits, probs))
p = torch.tensor([0.9, 0.2, 0.6])
print(nn.BCELoss()(p, torch.tensor([1.0, 0.0, 1.0])), F.binary_cross_entropy(p, torch.tensor([1.0, 0.0, 0.0])))
print(F.one_hot(torch.tensor([0, 2, 1]), 4), F.one_hot(torch.tensor([1, 0])))
print(nn.Sigmoid()(torch.tensor([0.0, 2.0])), nn.ReLU()(torch.tensor([-1.0, 2.0])), nn.Softmax(dim=0)(torch.tensor([1.0, 1.0])))
print(nn.CrossEntropyLoss()(torch.tensor([0.5, 0.2]), torch.tensor([0.23, -0.07])))
