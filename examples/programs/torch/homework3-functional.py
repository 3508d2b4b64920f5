# Homework 3 with torch.nn.functional: F.sigmoid, F.mse_loss(reduction='sum'), the weights as one module's
# parameters stepped in place under torch.no_grad(), the gradients cleared by p.grad.zero_()
import torch
import torch.nn.functional as F


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.w1 = torch.nn.Parameter(torch.tensor([[0.2, 0.5], [-0.4, 0.6]]))  # [[w1, w3], [w2, w4]]
        self.w2 = torch.nn.Parameter(torch.tensor([[0.1, -0.3], [-0.5, 0.8]]))  # [[w5, w7], [w6, w8]]

    def forward(self, x):
        h = F.sigmoid(self.w1 @ x)
        return F.sigmoid(self.w2 @ h)


x = torch.tensor([0.5, 0.3])
y = torch.tensor([0.23, -0.07])
model = Net()
lr = 1.0
for epoch in range(50):
    out = model(x)
    loss = F.mse_loss(out, y, reduction='sum') / 2
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= lr * p.grad
    for p in model.parameters():
        p.grad.zero_()
    if epoch % 10 == 0:
        print(f"epoch {epoch}: loss {loss.item():.6f}")
print(model.w1.data)
print(model.w2.data)
