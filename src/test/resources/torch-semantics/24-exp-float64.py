# float64 exp as PyTorch's CPU kernel computes it (SLEEF's vectorised exp, for a tail of fewer than four elements
# too), printed to the last digit: one argument in sixteen or so differs from the C library's exp in the last bit
import torch

torch.manual_seed(0)
x = (torch.rand(400, dtype=torch.float64) - 0.5) * 60
print(torch.exp(x).tolist())
print([torch.exp(torch.tensor([v], dtype=torch.float64)).item() for v in x[:200].tolist()])
print(x[:100].exp().tolist())
edges = torch.tensor([0.0, -0.0, 1.0, -1.0, 709.78, 709.79, -708.0, -745.0, -750.0, -1000.0, -1001.0, 1e-300,
                      float('inf'), float('-inf'), float('nan')], dtype=torch.float64)
print(torch.exp(edges).tolist())
print(torch.exp(torch.tensor(0.5, dtype=torch.float64)).item(), (1 / (1 + torch.exp(-x[:5]))).tolist())
