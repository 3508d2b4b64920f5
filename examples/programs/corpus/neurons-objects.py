# pure Python: a Neuron object per unit with a list of weights, layers as lists of neurons, the homework's x and target
import math
import random

random.seed(1)


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


class Neuron:
    def __init__(self, n_inputs):
        self.weights = [random.uniform(-1, 1) for _ in range(n_inputs)]
        self.bias = 0.0

    def forward(self, inputs):
        self.inputs = inputs
        self.output = sigmoid(sum(w * x for w, x in zip(self.weights, inputs)) + self.bias)
        return self.output


network = [[Neuron(2) for _ in range(2)], [Neuron(2) for _ in range(2)]]
x = [0.5, 0.3]
target = [0.23, -0.07]
lr = 0.5

for epoch in range(30):
    values = x
    for layer in network:
        values = [n.forward(values) for n in layer]
    loss = 0.5 * sum((o - t) ** 2 for o, t in zip(values, target))
    # backward: deltas per layer, last first
    deltas = [(o - t) * o * (1 - o) for o, t in zip(values, target)]
    for i in reversed(range(len(network))):
        layer = network[i]
        if i > 0:
            new_deltas = []
            for j, p in enumerate(network[i - 1]):
                back = sum(n.weights[j] * d for n, d in zip(layer, deltas))
                new_deltas.append(back * p.output * (1 - p.output))
        for n, d in zip(layer, deltas):
            for k in range(len(n.weights)):
                n.weights[k] -= lr * d * n.inputs[k]
            n.bias -= lr * d
        if i > 0:
            deltas = new_deltas
    if epoch % 10 == 0:
        print(epoch, round(loss, 6))
