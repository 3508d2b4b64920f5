# nn.Linear with the lecture's weights set by nn.init.constant_/copy_ under no_grad; named_parameters printed,
# state_dict printed, zero_grad(set_to_none=True), F.mse_loss(reduction='sum') / 2
import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Sequential(nn.Linear(2, 2, bias=False), nn.Sigmoid(), nn.Linear(2, 2, bias=False), nn.Sigmoid())
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[0.2, 0.5], [-0.4, 0.6]]))
    nn.init.constant_(model[2].weight, 0.0)
    model[2].weight += torch.tensor([[0.1, -0.3], [-0.5, 0.8]])
print(model.state_dict())
x = torch.tensor([[0.5, 0.3]])
y = torch.tensor([[0.23, -0.07]])
opt = torch.optim.SGD(model.parameters(), lr=1.0)
for epoch in range(3):
    opt.zero_grad(set_to_none=True)
    out = model(x)
    loss = F.mse_loss(out, y, reduction='sum') / 2
    loss.backward()
    for name, p in model.named_parameters():
        print(name, p.grad)
    opt.step()
    print(epoch, f"{loss.item():.6f}")
for k, v in model.state_dict().items():
    print(k, v.tolist())
