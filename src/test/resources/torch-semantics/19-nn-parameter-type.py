# A module's weights are nn.Parameter, a subclass of torch.Tensor: type(), isinstance, __class__ and what is no longer
# one (arithmetic, .data, .detach()).
import torch
import torch.nn as nn

p = nn.Parameter(torch.zeros(2))
print(type(p), type(p).__name__, isinstance(p, nn.Parameter), isinstance(p, torch.Tensor), type(torch.zeros(1)))
print(p)
torch.manual_seed(0)
l = nn.Linear(1, 1)
print(type(l.weight) is nn.Parameter, isinstance(l.bias, nn.Parameter), l.weight.__class__.__name__)
print(type(l.weight * 2).__name__, type(l.weight.data).__name__, type(l.weight.detach()).__name__)
print([type(q).__name__ for q in l.parameters()], issubclass(nn.Parameter, torch.Tensor))
print(isinstance(torch.ones(1), nn.Parameter), nn.Parameter)
