# torch.manual_seed random weights, 200 epochs, the loss printed every 10; from_numpy data; w.data = w.data - lr * w.grad.data
import numpy as np
import torch

torch.manual_seed(0)
X = torch.from_numpy(np.array([[0.5, 0.3]]))
Y = torch.from_numpy(np.array([[0.23, -0.07]]))
W1 = torch.randn(2, 2, dtype=torch.float64, requires_grad=True)
W2 = torch.randn(2, 2, dtype=torch.float64, requires_grad=True)
lr = 1
for epoch in range(200):
    H = torch.sigmoid(X.mm(W1))
    O = torch.sigmoid(H.mm(W2))
    loss = 0.5 * ((O - Y) ** 2).sum()
    loss.backward()
    W1.data = W1.data - lr * W1.grad.data
    W2.data = W2.data - lr * W2.grad.data
    W1.grad.data.zero_()
    W2.grad.data.zero_()
    if epoch % 10 == 0:
        print(f"epoch {epoch:3d} loss {loss.item():.8f}")
print(O.detach().numpy())
