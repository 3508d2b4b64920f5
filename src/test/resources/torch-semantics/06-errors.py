import torch

def attempt(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

w = torch.tensor([1.0], requires_grad=True)
attempt(lambda: torch.tensor([1.0, 2.0]) + torch.tensor([1.0, 2.0, 3.0]))
attempt(lambda: torch.ones(2, 3) @ torch.ones(2, 3))
attempt(lambda: torch.tensor([1.0, 2.0]).item())
attempt(lambda: w.numpy())
attempt(lambda: (w * 2).backward() or (w * 2).sum().backward())
attempt(lambda: torch.tensor([1.0, 2.0], requires_grad=True).mul(2).backward())
attempt(lambda: torch.tensor([1.0]).backward())
attempt(lambda: w.add_(1))
attempt(lambda: torch.tensor([1, 2]).requires_grad_())
attempt(lambda: bool(torch.tensor([1.0, 2.0])))
attempt(lambda: torch.ones(2, 3).view(4))
attempt(lambda: torch.tensor([1, 2]).mean())
v = w * 2
v.sum().backward()
attempt(lambda: v.sum().backward())
attempt(lambda: setattr(v, "requires_grad", False))
print(v.grad)
