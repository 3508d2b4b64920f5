import torch
w = torch.zeros(2, requires_grad=True)
with torch.no_grad():
    w.copy_(torch.tensor([0.2, 0.5]))
print(w, w.is_leaf)
loss = (w * 3).sum()
loss.backward()
print(w.grad)
p = torch.nn.Parameter(torch.zeros(2, 2))
with torch.no_grad():
    p.copy_(torch.tensor([[0.2, 0.5], [-0.4, 0.6]]))
x = torch.tensor([0.5, 0.3])
h = x @ p
print(h, h.grad_fn is not None)
print(x @ p.t())
h.sum().backward()
print(p.grad)
