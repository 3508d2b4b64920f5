# Homework 2 checked with homework 3 (hand gradients in floats, then autograd, asserted equal), with one mistake:
# d_w1 multiplies by x2, the input of w3, so the program's own assert fails at w1
import math
import torch

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4 = 0.2, -0.4, 0.5, 0.6
w5, w6, w7, w8 = 0.1, -0.5, -0.3, 0.8


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


# homework 2: forward and backward by hand
h1 = sigmoid(w1 * x1 + w3 * x2)
h2 = sigmoid(w2 * x1 + w4 * x2)
o1 = sigmoid(w5 * h1 + w7 * h2)
o2 = sigmoid(w6 * h1 + w8 * h2)
loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
d_o1 = (o1 - y1) * o1 * (1 - o1)
d_o2 = (o2 - y2) * o2 * (1 - o2)
d_w5 = d_o1 * h1
d_w7 = d_o1 * h2
d_w6 = d_o2 * h1
d_w8 = d_o2 * h2
d_h1 = (d_o1 * w5 + d_o2 * w6) * h1 * (1 - h1)
d_h2 = (d_o1 * w7 + d_o2 * w8) * h2 * (1 - h2)
d_w1 = d_h1 * x2
d_w3 = d_h1 * x2
d_w2 = d_h2 * x1
d_w4 = d_h2 * x2

# homework 3: the same network with autograd
params = [torch.tensor(w, requires_grad=True) for w in (w1, w2, w3, w4, w5, w6, w7, w8)]
t1, t2, t3, t4, t5, t6, t7, t8 = params
th1 = torch.sigmoid(t1 * x1 + t3 * x2)
th2 = torch.sigmoid(t2 * x1 + t4 * x2)
to1 = torch.sigmoid(t5 * th1 + t7 * th2)
to2 = torch.sigmoid(t6 * th1 + t8 * th2)
L = 0.5 * (to1 - y1) ** 2 + 0.5 * (to2 - y2) ** 2
L.backward()

print("loss", round(loss, 6), round(L.item(), 6))
print(d_w1, t1.grad.item())
hand = [d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8]
for i, p in enumerate(params):
    print(f"w{i + 1}: hand {hand[i]:.6f} autograd {p.grad.item():.6f}")
    assert abs(hand[i] - p.grad.item()) < 1e-6
print("all 8 gradients agree")
