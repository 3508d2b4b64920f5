import numpy as np, math
import time
from typing import List, Tuple
import sys

LEARNING_RATE = 0.5
EPOCHS = 50


class Network(object):
    """2-2-2 network from the homework."""

    def __init__(self, weights: List[float]):
        self.w = list(weights)

    @staticmethod
    def sigmoid(z: float) -> float:
        return 1.0 / (1.0 + math.exp(-z))

    def __call__(self, x: Tuple[float, float]):
        w = self.w
        self.h = [self.sigmoid(w[0] * x[0] + w[2] * x[1]), self.sigmoid(w[1] * x[0] + w[3] * x[1])]
        self.o = [self.sigmoid(w[4] * self.h[0] + w[6] * self.h[1]), self.sigmoid(w[5] * self.h[0] + w[7] * self.h[1])]
        return self.o

    def backward(self, x, y):
        w, h, o = self.w, self.h, self.o
        do = [(o[k] - y[k]) * o[k] * (1 - o[k]) for k in range(2)]
        dh = [(do[0] * w[4 + j] + do[1] * w[6 + j]) * h[j] * (1 - h[j]) for j in range(2)]
        return [dh[0] * x[0], dh[1] * x[0], dh[0] * x[1], dh[1] * x[1],
                do[0] * h[0], do[1] * h[0], do[0] * h[1], do[1] * h[1]]


def main():
    net = Network([0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8])
    x, y = (0.5, 0.3), (0.23, -0.07)
    start = time.time()
    for epoch in range(1, EPOCHS + 1):
        o = net(x)
        loss = sum(0.5 * (ok - yk) ** 2 for ok, yk in zip(o, y))
        grads = net.backward(x, y)
        for i, g in enumerate(grads):
            net.w[i] -= LEARNING_RATE * g
        if epoch in (1, EPOCHS):
            print(f"{epoch=} {loss=:.6f}")
    elapsed = time.time() - start
    assert elapsed >= 0
    print("w:", ", ".join(f"{v:.4f}" for v in net.w), file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
