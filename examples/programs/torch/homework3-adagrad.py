# Homework 3 in the style of the Chinese blog port (torch.Tensor([..]) weights, requires_grad set afterwards, a
# loss_fuction that calls forward_propagate) with torch.optim.Adagrad(lr=0.5) instead of SGD
import torch

x1, x2 = torch.Tensor([0.5]), torch.Tensor([0.3])
y1, y2 = torch.Tensor([0.23]), torch.Tensor([-0.07])
w1, w2, w3, w4 = torch.Tensor([0.2]), torch.Tensor([-0.4]), torch.Tensor([0.5]), torch.Tensor([0.6])
w5, w6, w7, w8 = torch.Tensor([0.1]), torch.Tensor([-0.5]), torch.Tensor([-0.3]), torch.Tensor([0.8])
for w in (w1, w2, w3, w4, w5, w6, w7, w8):
    w.requires_grad = True


def forward_propagate(x1, x2):
    out_h1 = torch.sigmoid(w1 * x1 + w3 * x2)
    out_h2 = torch.sigmoid(w2 * x1 + w4 * x2)
    out_o1 = torch.sigmoid(w5 * out_h1 + w7 * out_h2)
    out_o2 = torch.sigmoid(w6 * out_h1 + w8 * out_h2)
    return out_o1, out_o2


def loss_fuction(x1, x2, y1, y2):
    y1_pred, y2_pred = forward_propagate(x1, x2)
    loss = (1 / 2) * (y1_pred - y1) ** 2 + (1 / 2) * (y2_pred - y2) ** 2
    return loss


optimizer = torch.optim.Adagrad([w1, w2, w3, w4, w5, w6, w7, w8], lr=0.5)

for i in range(8):
    L = loss_fuction(x1, x2, y1, y2)
    optimizer.zero_grad()
    L.backward()
    optimizer.step()
    print("=====round " + str(i) + "=====", L.item())
print(w1.data, w2.data, w3.data, w4.data, w5.data, w6.data, w7.data, w8.data)
