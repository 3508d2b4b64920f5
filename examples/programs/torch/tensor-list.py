# Homework 3's eight weights as a list of 0-d tensors made by a comprehension, updated by a loop over the list
# (for wi in w: wi -= wi.grad); evaluation under torch.no_grad(), .detach().numpy()
import torch

x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
w = [torch.tensor(v, requires_grad=True) for v in [0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]]


def forward(x):
    h1 = torch.sigmoid(w[0] * x[:, 0] + w[2] * x[:, 1])
    h2 = torch.sigmoid(w[1] * x[:, 0] + w[3] * x[:, 1])
    o1 = torch.sigmoid(w[4] * h1 + w[6] * h2)
    o2 = torch.sigmoid(w[5] * h1 + w[7] * h2)
    return torch.stack([o1, o2], dim=1)


for epoch in range(20):
    loss = 0.5 * ((forward(x) - y) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        for wi in w:
            wi -= wi.grad
            wi.grad.zero_()
    if epoch % 5 == 0:
        print(f"epoch {epoch}: loss={loss.item():.6f}")
with torch.no_grad():
    pred = forward(x)
print("prediction:", pred.detach().numpy())
print("weights:", [round(wi.item(), 4) for wi in w])
