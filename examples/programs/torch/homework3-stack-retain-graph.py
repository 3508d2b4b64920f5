# the hidden layer built from scalar tensors with torch.stack, the output with torch.cat; retain_graph=True twice
import torch

w1, w2, w3, w4, w5, w6, w7, w8 = [torch.tensor([v], requires_grad=True) for v in
                                  [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]]
x = [0.5, 0.3]
y = torch.tensor([0.23, -0.07])
for step in range(3):
    h = torch.sigmoid(torch.stack([w1 * x[0] + w3 * x[1], w2 * x[0] + w4 * x[1]]))
    o = torch.sigmoid(torch.cat([w5 * h[0] + w7 * h[1], w6 * h[0] + w8 * h[1]]))
    loss = 0.5 * torch.sum((o - y) ** 2)
    loss.backward(retain_graph=True)
    first = w1.grad.clone()
    for w in (w1, w2, w3, w4, w5, w6, w7, w8):
        w.grad.zero_()
    loss.backward(retain_graph=True)
    print(step, loss.item(), torch.equal(first, w1.grad), h.shape, o.shape)
    for w in (w1, w2, w3, w4, w5, w6, w7, w8):
        w.data = w.data - 1.0 * w.grad.data
        w.grad = None
print([w.item() for w in (w1, w2, w3, w4, w5, w6, w7, w8)])
