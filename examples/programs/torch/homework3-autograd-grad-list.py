# torch.autograd.grad(loss, [w1, w2, ...], create_graph=False), the update with the returned gradients
import torch

x1, x2, y1, y2 = 0.5, 0.3, 0.23, -0.07
ws = torch.tensor([0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]).tolist()
w1, w2, w3, w4, w5, w6, w7, w8 = [torch.tensor(v, requires_grad=True) for v in ws]
for i in range(3):
    h1 = torch.sigmoid(x1 * w1 + x2 * w3)
    h2 = torch.sigmoid(x1 * w2 + x2 * w4)
    o1 = torch.sigmoid(h1 * w5 + h2 * w7)
    o2 = torch.sigmoid(h1 * w6 + h2 * w8)
    loss = ((o1 - y1) ** 2 + (o2 - y2) ** 2) / 2
    grads = torch.autograd.grad(loss, [w1, w2, w3, w4, w5, w6, w7, w8], create_graph=False)
    print(i, round(loss.item(), 6), [round(g.item(), 6) for g in grads])
    with torch.no_grad():
        w1 = w1 - grads[0]; w2 = w2 - grads[1]; w3 = w3 - grads[2]; w4 = w4 - grads[3]
        w5 = w5 - grads[4]; w6 = w6 - grads[5]; w7 = w7 - grads[6]; w8 = w8 - grads[7]
    for w in (w1, w2, w3, w4, w5, w6, w7, w8):
        w.requires_grad_(True)
print(w1.detach().numpy(), w8.item())
