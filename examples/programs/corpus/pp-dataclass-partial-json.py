import json
import math
import time
from dataclasses import dataclass, field, asdict
from functools import partial, wraps, reduce
from itertools import accumulate, pairwise
from typing import Dict, List

# the lecture's network in plain Python: weights in a dataclass, the sigmoid a functools.partial,
# a timing decorator with functools.wraps, the results printed with json.dumps


def timed(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        wrapper.seconds += time.perf_counter() - start
        return result
    wrapper.seconds = 0.0
    return wrapper


def logistic(z: float, k: float = 1.0) -> float:
    return 1.0 / (1.0 + math.exp(-k * z))


sigmoid = partial(logistic, k=1.0)


@dataclass(frozen=True)
class Config:
    lr: float = 0.5
    epochs: int = 20
    x: tuple = (0.5, 0.3)
    y: tuple = (0.23, -0.07)


@dataclass
class Weights:
    w1: float = 0.2
    w2: float = -0.4
    w3: float = 0.5
    w4: float = 0.6
    w5: float = 0.1
    w6: float = -0.5
    w7: float = -0.3
    w8: float = 0.8
    history: List[float] = field(default_factory=list, repr=False)


@timed
def step(w: Weights, cfg: Config) -> float:
    x1, x2 = cfg.x
    y1, y2 = cfg.y
    out_h1 = sigmoid(w.w1 * x1 + w.w3 * x2)
    out_h2 = sigmoid(w.w2 * x1 + w.w4 * x2)
    out_o1 = sigmoid(w.w5 * out_h1 + w.w7 * out_h2)
    out_o2 = sigmoid(w.w6 * out_h1 + w.w8 * out_h2)
    loss = reduce(lambda acc, pair: acc + 0.5 * (pair[0] - pair[1]) ** 2, zip((out_o1, out_o2), (y1, y2)), 0.0)

    delta_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    delta_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    delta_h1 = (delta_o1 * w.w5 + delta_o2 * w.w6) * out_h1 * (1 - out_h1)
    delta_h2 = (delta_o1 * w.w7 + delta_o2 * w.w8) * out_h2 * (1 - out_h2)
    grads: Dict[str, float] = {
        'w1': delta_h1 * x1, 'w2': delta_h2 * x1, 'w3': delta_h1 * x2, 'w4': delta_h2 * x2,
        'w5': delta_o1 * out_h1, 'w6': delta_o2 * out_h1, 'w7': delta_o1 * out_h2, 'w8': delta_o2 * out_h2,
    }
    for name, g in grads.items():
        setattr(w, name, getattr(w, name) - cfg.lr * g)
    w.history.append(loss)
    return loss


if __name__ == "__main__":
    cfg = Config()
    w = Weights()
    width, digits = 10, 6
    for epoch in range(1, cfg.epochs + 1):
        loss = step(w, cfg)
        if epoch % 5 == 0:
            print(f"epoch {epoch:>3}: loss = {loss:{width}.{digits}f}")
    drops = [a - b for a, b in pairwise(w.history)]
    assert all(d > 0 for d in drops), "the loss should fall at every step"
    print("best so far:", [round(v, 5) for v in accumulate(w.history, min)][-3:])
    print(step.__name__, type(step.seconds).__name__)
    print(json.dumps({k: round(v, 6) for k, v in asdict(w).items() if k != 'history'}, indent=2))
