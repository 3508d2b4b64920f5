# Hand gradients returned in a dict by a backward function, compared with autograd's .grad. One mistake is planted: grads["W1"] misses the derivative of tanh.
import torch

torch.manual_seed(0)
X = torch.randn(5, 3)
Y = torch.randn(5, 2)
params = {"W1": torch.randn(3, 4, requires_grad=True), "W2": torch.randn(4, 2, requires_grad=True)}


def forward(X, params):
    h = torch.tanh(X @ params["W1"])
    return h, h @ params["W2"]


def backward(X, Y, h, out, params):
    d_out = 2 * (out - Y) / out.numel()
    grads = {}
    grads["W2"] = h.T @ d_out
    d_h = d_out @ params["W2"].T
    grads["W1"] = X.T @ d_h
    return grads


h, out = forward(X, params)
loss = ((out - Y) ** 2).mean()
loss.backward()
grads = backward(X, Y, h.detach(), out.detach(), params)
for name in params:
    print(name, torch.allclose(grads[name], params[name].grad))
