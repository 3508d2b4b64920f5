import torch

# float32 sigmoid as the homework computes it: one-element tensors, their .item() printed in full
x1, x2 = torch.Tensor([0.5]), torch.Tensor([0.3])
w2, w4 = torch.Tensor([-0.4]), torch.Tensor([0.6])
print(torch.sigmoid(w2 * x1 + w4 * x2).item())
for v in [-0.02, -0.019999996, 0.1, 0.25, 0.35, 0.45, 0.7, 1.3, -2.5, 3.75, -4.1, 6.2, 0.001, -0.3333]:
    t = torch.tensor([v])
    print(v, torch.sigmoid(t).item(), torch.nn.Sigmoid()(t).item(), t.sigmoid().item())
torch.manual_seed(0)
z = torch.randn(3, 4) * 3
print(torch.sigmoid(z).tolist())
print(torch.sigmoid(torch.tensor([[0.5, -0.25], [1.5, 2.0]])).tolist())
print(torch.sigmoid(torch.tensor([0.1, 0.2], dtype=torch.float64)).tolist())
