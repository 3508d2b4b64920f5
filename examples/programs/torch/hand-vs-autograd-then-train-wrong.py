# homework 2 trained by hand, its first gradients checked against autograd, with one mistake: dW2 doubled (the 2
# of the square kept beside the ½ of the loss)
import numpy as np
import torch

X = np.array([[0.5, 0.3]])
Y = np.array([[0.23, -0.07]])
W1 = np.array([[0.2, -0.4], [0.5, 0.6]])
W2 = np.array([[0.1, -0.5], [-0.3, 0.8]])

t1 = torch.tensor([[0.2, -0.4], [0.5, 0.6]], dtype=torch.float64, requires_grad=True)
t2 = torch.tensor([[0.1, -0.5], [-0.3, 0.8]], dtype=torch.float64, requires_grad=True)
L = 0.5 * ((torch.sigmoid(torch.sigmoid(torch.tensor(X) @ t1) @ t2) - torch.tensor(Y)) ** 2).sum()
L.backward()

for epoch in range(5):
    H = 1 / (1 + np.exp(-(X @ W1)))
    O = 1 / (1 + np.exp(-(H @ W2)))
    loss = 0.5 * np.sum((O - Y) ** 2)
    dO = (O - Y) * O * (1 - O)
    dW2 = H.T @ dO * 2
    dW1 = X.T @ ((dO @ W2.T) * H * (1 - H))
    if epoch == 0:
        print("check:", np.allclose(dW1, t1.grad.numpy()), np.allclose(dW2, t2.grad.numpy()))
    W1 = W1 - 1.0 * dW1
    W2 = W2 - 1.0 * dW2
    print(epoch, round(loss, 6))
