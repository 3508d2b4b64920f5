# Every torch.optim rule bpdiff runs, stepped 25 times on 300 weights (vectorized kernels and their scalar tail) and
# on 3 (the scalar path only), printed to the last bit: the gradient of sum(w * c) + sum((w - c) ** 2) is exact in
# float32, so any difference is the step's arithmetic
import random

import torch

random.seed(7)
values = [random.uniform(-2, 2) for _ in range(300)]
targets = [random.uniform(-1, 1) for _ in range(300)]
makers = [
    lambda p: torch.optim.SGD(p, lr=0.1),
    lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
    lambda p: torch.optim.SGD(p, lr=0.07, momentum=0.5, dampening=0.1, weight_decay=1e-3),
    lambda p: torch.optim.SGD(p, 0.1, 0.9, 0, 5e-4, True),
    lambda p: torch.optim.Adam(p),
    lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=1e-3, amsgrad=True),
    lambda p: torch.optim.AdamW(p, 0.05, (0.8, 0.99), 1e-6, 0.1, True),
    lambda p: torch.optim.RMSprop(p, lr=0.01),
    lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, momentum=0.9, centered=True, weight_decay=0.01),
    lambda p: torch.optim.Adagrad(p),
    lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1, weight_decay=0.001),
]
for n in (300, 3):
    for make in makers:
        w = torch.tensor(values[:n], requires_grad=True)
        c = torch.tensor(targets[:n])
        optimizer = make([w])
        for step in range(25):
            optimizer.zero_grad()
            loss = (w * c).sum() + ((w - c) ** 2).sum()
            loss.backward()
            optimizer.step()
        print(type(optimizer).__name__, n, w.tolist()[:3], sum(w.tolist()))
print(torch.optim.Adam([w], lr=0.01, amsgrad=True))
print(torch.optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True))
for bad in [lambda: torch.optim.SGD([w], lr=0.1, nesterov=True), lambda: torch.optim.Adam([w], betas=(0.9, 1.0)),
            lambda: torch.optim.RMSprop([w], alpha=-1), lambda: torch.optim.SGD([w]), lambda: torch.optim.Adam([w], lr=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
