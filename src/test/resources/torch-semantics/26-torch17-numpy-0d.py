# str of a 0-d array made by tensor.numpy() / .detach().numpy(): numpy prints its scalar, the shortest repr
import torch

for v in [0.22943977596110007, 0.1, 0.5, -0.3304945786, 1e-9, 123456.789, 0.100000024]:
    t32 = torch.tensor(v)
    t64 = torch.tensor(v, dtype=torch.float64)
    print(t32.numpy(), t64.numpy(), t64.detach().numpy(), repr(t64.numpy()), repr(t32.numpy()))
w = torch.tensor(0.2, dtype=torch.float64, requires_grad=True)
loss = (w * 3.7) ** 2
loss.backward()
print(w.detach().numpy(), w.grad.numpy(), loss.detach().numpy())
print(f"{w.grad.numpy()}", str(w.grad.numpy()), [w.grad.numpy().tolist()])
