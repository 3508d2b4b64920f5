import torch
x = torch.tensor([0.125, 2.5, -1.5, 0.675, 1234.5678, -0.0049])
print(x.round(), torch.round(x, decimals=2), x.round(decimals=1), x.round(decimals=-1), torch.round(x.double(), decimals=2))
print(torch.tensor([1, 2]).round())
print(torch.tensor([[0.123456, 0.98765]]).round(decimals=3).tolist(), torch.tensor([0.5, 1.5, 2.5]).round())
