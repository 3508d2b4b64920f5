import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.Sigmoid())
x = torch.tensor([[0.5, 0.3]])


@torch.no_grad()
def evaluate(m, data):
    out = m(data)
    return out, out.requires_grad, torch.is_grad_enabled()


print(evaluate(model, x))
print(torch.is_grad_enabled(), model(x).requires_grad)
print(torch.no_grad()(lambda a: a * 2)(torch.ones(2, requires_grad=True)))
print(model.training, model[0].training)
model.eval()
print(model.training, model[0].training, len(model), model[1])
model.train()
print(model.training)
model.train(False)
print(model[0].training, [type(m).__name__ for m in model])
w = torch.tensor([0.5, 1.5])
print(w.type(), w.type(torch.DoubleTensor), w.type('torch.LongTensor'), w.double().type())
print(torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.0, weight_decay=0.0))
