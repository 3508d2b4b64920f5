# A custom autograd Function applied to a leaf directly and used twice (its result feeds two branches), with
# ctx.needs_input_grad and a non-tensor argument; float64 weights from torch.rand
import torch


class ScaledExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale):
        y = torch.exp(x * scale)
        ctx.save_for_backward(y)
        ctx.scale = scale
        return y

    @staticmethod
    def backward(ctx, grad_output):
        y, = ctx.saved_tensors
        grad_x = grad_output * y * ctx.scale if ctx.needs_input_grad[0] else None
        return grad_x, None


torch.manual_seed(0)
w = torch.rand(3, dtype=torch.float64, requires_grad=True)
v = torch.rand(3, dtype=torch.float64, requires_grad=True)
target = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
for step in range(4):
    e = ScaledExp.apply(w, 0.5)
    out = e * v + e.sum()
    loss = ((out - target) ** 2).mean()
    loss.backward()
    print(step, round(loss.item(), 10), e.grad_fn.name() if hasattr(e.grad_fn, 'name') else None)
    with torch.no_grad():
        w -= 0.1 * w.grad
        v -= 0.1 * v.grad
    w.grad.zero_()
    v.grad.zero_()
print(w, v)
