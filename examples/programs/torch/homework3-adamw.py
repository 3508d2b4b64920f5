# Homework 3 with torch.optim.AdamW(lr=0.05, weight_decay=0.1, amsgrad=True): the weights shrink by 1 - lr * 0.1
# before each Adam step, but w.grad is still the gradient of the loss the program computes
import torch

x1, x2 = torch.tensor(0.5), torch.tensor(0.3)
y1, y2 = torch.tensor(0.23), torch.tensor(-0.07)
w1 = torch.tensor(0.2, requires_grad=True)
w2 = torch.tensor(-0.4, requires_grad=True)
w3 = torch.tensor(0.5, requires_grad=True)
w4 = torch.tensor(0.6, requires_grad=True)
w5 = torch.tensor(0.1, requires_grad=True)
w6 = torch.tensor(-0.5, requires_grad=True)
w7 = torch.tensor(-0.3, requires_grad=True)
w8 = torch.tensor(0.8, requires_grad=True)
weights = [w1, w2, w3, w4, w5, w6, w7, w8]

optimizer = torch.optim.AdamW(weights, lr=0.05, weight_decay=0.1, amsgrad=True)

for epoch in range(12):
    h1 = torch.sigmoid(w1 * x1 + w3 * x2)
    h2 = torch.sigmoid(w2 * x1 + w4 * x2)
    o1 = torch.sigmoid(w5 * h1 + w7 * h2)
    o2 = torch.sigmoid(w6 * h1 + w8 * h2)
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print("epoch", epoch, "loss", loss.item())
print(optimizer)
print("weights:", [round(w.item(), 6) for w in weights])
print(w1.item(), w8.item())
