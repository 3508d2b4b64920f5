# wrong: d_w8 takes h1 for h2 (w8); the weights are Python floats, a new torch.tensor([w1, ..., w8],
# requires_grad=True) each epoch, the floats updated with .item()
import torch

x1, x2, y1, y2 = 0.5, 0.3, 0.23, -0.07
w1, w2, w3, w4 = 0.2, -0.4, 0.5, 0.6
w5, w6, w7, w8 = 0.1, -0.5, -0.3, 0.8
lr = 1.0
for epoch in range(4):
    W = torch.tensor([w1, w2, w3, w4, w5, w6, w7, w8], requires_grad=True)
    h1 = torch.sigmoid(W[0] * x1 + W[2] * x2)
    h2 = torch.sigmoid(W[1] * x1 + W[3] * x2)
    o1 = torch.sigmoid(W[4] * h1 + W[6] * h2)
    o2 = torch.sigmoid(W[5] * h1 + W[7] * h2)
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
    loss.backward()

    d_o1 = (o1 - y1) * o1 * (1 - o1)
    d_o2 = (o2 - y2) * o2 * (1 - o2)
    d_w5 = d_o1 * h1
    d_w7 = d_o1 * h2
    d_w6 = d_o2 * h1
    d_w8 = d_o2 * h1
    d_h1 = (d_o1 * w5 + d_o2 * w6) * h1 * (1 - h1)
    d_h2 = (d_o1 * w7 + d_o2 * w8) * h2 * (1 - h2)
    d_w1 = d_h1 * x1
    d_w3 = d_h1 * x2
    d_w2 = d_h2 * x1
    d_w4 = d_h2 * x2
    manual = torch.stack([d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8]).detach()
    print("epoch", epoch, "loss %.6f" % loss.item(), "agree:", torch.allclose(manual, W.grad))
    w1 = w1 - lr * d_w1.item()
    w2 = w2 - lr * d_w2.item()
    w3 = w3 - lr * d_w3.item()
    w4 = w4 - lr * d_w4.item()
    w5 = w5 - lr * d_w5.item()
    w6 = w6 - lr * d_w6.item()
    w7 = w7 - lr * d_w7.item()
    w8 = w8 - lr * d_w8.item()
print(round(w1, 5), round(w8, 5))
