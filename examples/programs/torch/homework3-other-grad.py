# Homework 3 with one planted mistake: w5's update subtracts w6's gradient (w5.data = w5.data - lr * w6.grad.data);
# the eight weights are torch.Tensor([…]) with requires_grad = True, zeroed with w.grad.data.zero_()
import torch

x1, x2 = torch.Tensor([0.5]), torch.Tensor([0.3])
y1, y2 = torch.Tensor([0.23]), torch.Tensor([-0.07])
w1, w2, w3, w4 = torch.Tensor([0.2]), torch.Tensor([-0.4]), torch.Tensor([0.5]), torch.Tensor([0.6])
w5, w6, w7, w8 = torch.Tensor([0.1]), torch.Tensor([-0.5]), torch.Tensor([-0.3]), torch.Tensor([0.8])
for w in (w1, w2, w3, w4, w5, w6, w7, w8):
    w.requires_grad = True
lr = 1
for epoch in range(3):
    out_h1 = torch.sigmoid(w1 * x1 + w3 * x2)
    out_h2 = torch.sigmoid(w2 * x1 + w4 * x2)
    out_o1 = torch.sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = torch.sigmoid(w6 * out_h1 + w8 * out_h2)
    loss = (1 / 2) * (out_o1 - y1) ** 2 + (1 / 2) * (out_o2 - y2) ** 2
    loss.backward()
    w1.data = w1.data - lr * w1.grad.data
    w2.data = w2.data - lr * w2.grad.data
    w3.data = w3.data - lr * w3.grad.data
    w4.data = w4.data - lr * w4.grad.data
    w5.data = w5.data - lr * w6.grad.data
    w6.data = w6.data - lr * w6.grad.data
    w7.data = w7.data - lr * w7.grad.data
    w8.data = w8.data - lr * w8.grad.data
    for w in (w1, w2, w3, w4, w5, w6, w7, w8):
        w.grad.data.zero_()
    print(f"第{epoch}轮 损失: {loss.item():.6f}")
