# Values the tape must follow through Python's own built-ins, objects and dicts.
import copy
import math


class Net:
    def __init__(self):
        self.w = 0.5
        self.params = {"b": -0.25}

    def forward(self, x):
        return self.w * x + self.params["b"]


net = Net()
params = {"W1": 0.8}
x = 2.0
z = net.forward(x)
loss_relu = max(0, z) ** 2
loss_dead = max(0, -z)
loss_abs = abs(params["W1"] * x - 3.0)
loss_sum = sum([net.w * k for k in range(1, 4)])
loss_math = math.exp(net.w) + math.log(params["W1"]) + math.sqrt(params["W1"]) + math.tanh(net.w) + math.pow(net.w, 3)
twin = copy.deepcopy(params)
loss_copy = twin["W1"] * 2
loss_min = min(net.w, 10.0) + min(params.values())
print(f"{loss_relu:.6f} {loss_dead} {loss_abs:.6f} {loss_sum:.6f} {loss_math:.6f} {loss_copy:.6f} {loss_min:.6f}")
