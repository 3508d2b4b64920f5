import torch as t

x1, x2 = t.Tensor([0.5]), t.Tensor([0.3])
y1, y2 = t.Tensor([0.23]), t.Tensor([-0.07])
w1, w2, w3, w4, w5, w6, w7, w8 = t.Tensor([0.2]), t.Tensor([-0.4]), t.Tensor([0.5]), t.Tensor(
    [0.6]), t.Tensor([0.1]), t.Tensor([-0.5]), t.Tensor([-0.3]), t.Tensor([0.8])
ws = [w1, w2, w3, w4, w5, w6, w7, w8]
for w in ws:
    w.requires_grad = True

mse = t.nn.MSELoss()
for epoch in range(3):
    h1 = t.sigmoid(w1 * x1 + w3 * x2)
    h2 = t.sigmoid(w2 * x1 + w4 * x2)
    o1 = t.sigmoid(w5 * h1 + w7 * h2)
    o2 = t.sigmoid(w6 * h1 + w8 * h2)
    loss = mse(o1, y1) + mse(o2, y2)
    loss.backward()
    print("epoch", epoch, "loss", loss)
    print("w1.grad:", w1.grad, "w5.grad:", w5.grad)
    for w in ws:
        w.data.sub_(1 * w.grad.data)
        w.grad.data.zero_()
