import torch
s = torch.zeros(2, 3).shape
print(tuple(s), s, tuple(s) == s, list(s), tuple(torch.tensor([[1.0, 5.0]]).max(dim=1)))
print(type(tuple(s)).__name__, len(tuple(s)))
