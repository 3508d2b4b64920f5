# 反向传播例题 (lambda + map 写法)
import numpy as np

act = lambda z: 1.0 / (1.0 + np.exp(-z))
act_grad = lambda out: out * (1.0 - out)
half_sq = lambda out, target: 0.5 * (out - target) ** 2

x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
weights = dict(w1=0.2, w2=-0.4, w3=0.5, w4=0.6, w5=0.1, w6=-0.5, w7=-0.3, w8=0.8)
step = 1.0


def forward(w):
    h1 = act(w["w1"] * x1 + w["w3"] * x2)
    h2 = act(w["w2"] * x1 + w["w4"] * x2)
    o1 = act(w["w5"] * h1 + w["w7"] * h2)
    o2 = act(w["w6"] * h1 + w["w8"] * h2)
    return h1, h2, o1, o2


for it in range(8):
    h1, h2, o1, o2 = forward(weights)
    loss = half_sq(o1, y1) + half_sq(o2, y2)

    delta_o1 = (o1 - y1) * act_grad(o1)
    delta_o2 = (o2 - y2) * act_grad(o2)
    delta_h1 = (delta_o1 * weights["w5"] + delta_o2 * weights["w7"]) * act_grad(h1)
    delta_h2 = (delta_o1 * weights["w7"] + delta_o2 * weights["w8"]) * act_grad(h2)

    grads = {
        "w1": delta_h1 * x1, "w2": delta_h2 * x1, "w3": delta_h1 * x2, "w4": delta_h2 * x2,
        "w5": delta_o1 * h1, "w6": delta_o2 * h1, "w7": delta_o1 * h2, "w8": delta_o2 * h2,
    }
    for name in weights:
        weights[name] = weights[name] - step * grads[name]

    print("iteration", it, "loss", round(loss, 6))

print("outputs:", list(map(lambda v: round(float(v), 4), forward(weights)[2:])))
print(sorted(weights.items()))
