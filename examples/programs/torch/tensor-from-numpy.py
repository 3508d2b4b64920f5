# correct: weights as numpy arrays, a new tensor made from each every epoch (torch.tensor, torch.from_numpy);
# the hand-derived numpy gradients are compared with T1.grad, T2.grad and update the arrays
import numpy as np
import torch

x = np.array([[0.5, 0.3]])
y = np.array([[0.23, -0.07]])
W1 = np.array([[0.2, -0.4], [0.5, 0.6]])
W2 = np.array([[0.1, -0.5], [-0.3, 0.8]])
lr = 1.0
for epoch in range(4):
    T1 = torch.tensor(W1, requires_grad=True)
    T2 = torch.from_numpy(W2).requires_grad_()
    h = torch.sigmoid(torch.from_numpy(x) @ T1)
    o = torch.sigmoid(h @ T2)
    loss = 0.5 * ((o - torch.from_numpy(y)) ** 2).sum()
    loss.backward()
    hn = h.detach().numpy()
    on = o.detach().numpy()
    d_o = (on - y) * on * (1 - on)
    dW2 = hn.T @ d_o
    d_h = (d_o @ W2.T) * hn * (1 - hn)
    dW1 = x.T @ d_h
    print(epoch, round(loss.item(), 6), np.allclose(dW1, T1.grad.numpy()), np.allclose(dW2, T2.grad.numpy()))
    W1 = W1 - lr * dW1
    W2 = W2 - lr * dW2
