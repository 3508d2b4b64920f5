import torch
import torch.nn.functional as F

w = torch.tensor([0.2, -0.4], requires_grad=True)
v = torch.tensor([[0.5], [0.3]], dtype=torch.float64, requires_grad=True)
x = torch.tensor([0.5, 0.3])
loss = torch.sigmoid(w @ x) ** 2
g = torch.autograd.grad(loss, w)
print(type(g).__name__, len(g), g[0], w.grad)
h = torch.tanh(v * 2).sum()
(gv,) = torch.autograd.grad([h], [v], retain_graph=True)
print(gv, gv.requires_grad, v.grad)
gv2 = torch.autograd.grad(h, (v,))[0]
print(torch.equal(gv, gv2))
a = torch.tensor(1.5, requires_grad=True)
b = torch.tensor(-2.0, requires_grad=True)
c = torch.tensor(3.0, requires_grad=True)
out = F.relu(a * b) + a ** 3
ga, gb, gc = torch.autograd.grad(out, [a, b, c], allow_unused=True)
print(ga, gb, gc)
hidden = torch.tanh(a * 2)
print(torch.autograd.grad(hidden * 3, hidden))
with torch.no_grad():
    a -= 0.1 * ga
print(a)


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: torch.autograd.grad(a * b, [a, c]))
show(lambda: torch.autograd.grad((a * 2).sum(), [torch.tensor(1.0)]))
show(lambda: torch.autograd.grad(torch.tensor(2.0) * 3, [a]))
y = (a * b) ** 2
torch.autograd.grad(y, [a])
show(lambda: torch.autograd.grad(y, [b]))
