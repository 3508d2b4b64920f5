"""Lecture network, object style with properties, generators and a custom exception."""
import math
import random
from typing import Iterator, Tuple
from collections import Counter


class TrainingError(Exception):
    """Raised when the loss is not finite."""


class Neuron:
    def __init__(self, weights: list, name: str = "") -> None:
        self.weights = weights
        self.name = name

    @property
    def n(self) -> int:
        return len(self.weights)

    def __call__(self, inputs) -> float:
        z = sum(w * x for w, x in zip(self.weights, inputs))
        return 1 / (1 + math.exp(-z))

    def __repr__(self) -> str:
        return f"Neuron({self.name!r}, {[round(w, 4) for w in self.weights]})"


def samples() -> Iterator[Tuple[Tuple[float, float], Tuple[float, float]]]:
    yield (0.5, 0.3), (0.23, -0.07)


h = [Neuron([0.2, 0.5], "h1"), Neuron([-0.4, 0.6], "h2")]
o = [Neuron([0.1, -0.3], "o1"), Neuron([-0.5, 0.8], "o2")]
lr = 1.0
seen = Counter()
for epoch in range(1, 4):
    for x, y in samples():
        out_h = [n(x) for n in h]
        out_o = [n(out_h) for n in o]
        E_total = sum(0.5 * (t - a) ** 2 for t, a in zip(y, out_o))
        if not math.isfinite(E_total):
            raise TrainingError(f"loss {E_total}")
        delta_o = [(a - t) * a * (1 - a) for a, t in zip(out_o, y)]
        delta_h = [sum(delta_o[k] * o[k].weights[j] for k in range(len(o))) * out_h[j] * (1 - out_h[j])
                   for j in range(len(h))]
        for k, n in enumerate(o):
            n.weights = [w - lr * delta_o[k] * out_h[j] for j, w in enumerate(n.weights)]
        for j, n in enumerate(h):
            n.weights = [w - lr * delta_h[j] * x[i] for i, w in enumerate(n.weights)]
        seen[epoch % 2] += 1
    print(f"{epoch=} {E_total=:.6f}")
print(h, o, sep="\n")
print(seen.most_common(1), h[0].n)
