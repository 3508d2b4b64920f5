# log10 and log2 of tensors, as makemore logs its losses (lossi.append(loss.log10().item())), with and without grad
# (log2 printed to 4 digits: PyTorch's float32 log2 is SLEEF's, not correctly rounded, and bpdiff's may differ in the last bit)
import torch

torch.manual_seed(0)
x = torch.rand(300) * 100 + 1e-3
print(x.log10().tolist())
print(x.double().log10().tolist()[:50])
print(torch.tensor([1, 10, 1000]).log10(), torch.tensor(3.2958).log10().item())
w = torch.tensor([0.5, 2.0, 40.0], requires_grad=True)
y = w.log10()
print(y, y.sum().item())
y.sum().backward()
print(w.grad)
z = torch.log2(w * 3)
print(z)
with torch.no_grad():
    print(w.log10())
