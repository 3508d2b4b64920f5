# torch.autograd.Function: apply on a leaf, on its own result and on a non-leaf, under no_grad, without
# inputs that require grad; PyTorch's errors for a gradient of the wrong shape and for too many gradients
import torch
class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = Sq.apply(w)
print(y, y.requires_grad, y.is_leaf)
with torch.no_grad():
    print(Sq.apply(w))
loss = Sq.apply(y).sum()
loss.backward()
print(w.grad)
z = Sq.apply(torch.tensor([3.0]))
print(z, z.requires_grad)
s = Sq.apply(w.sum())
s.backward()
print(w.grad)


class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        return x * k

    @staticmethod
    def backward(ctx, g):
        return g.sum(), None


try:
    Bad.apply(w, 2.0).sum().backward()
except RuntimeError as e:
    print(e)


class Two(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2, g


try:
    Two.apply(w).sum().backward()
except RuntimeError as e:
    print(e)
print(w.grad)


class Legacy(torch.autograd.Function):
    def forward(self, x):
        return x * 2


try:
    Legacy()(w)
except RuntimeError as e:
    print(e)
