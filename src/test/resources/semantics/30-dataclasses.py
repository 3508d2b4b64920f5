# dataclasses: @dataclass and @dataclasses.dataclass(), defaults, field(default_factory=list), the generated __init__ and repr, its TypeErrors, deepcopy, __annotations__
from dataclasses import dataclass, field
import dataclasses
import copy
import numpy as np

@dataclass
class Params:
    W: np.ndarray
    b: np.ndarray
    lr: float = 0.1
    history: list = field(default_factory=list)

@dataclasses.dataclass()
class Point:
    x: int
    y: int = 2
    def norm(self):
        return self.x * self.x + self.y * self.y

p = Params(np.array([[1.0, 2.0]]), b=np.zeros(1))
print(p)
print(p.lr, p.history, Params.lr, Point(3), Point(1, y=5).norm(), Point.__annotations__)
q = copy.deepcopy(p)
q.W -= 1
print(p.W, q.W, q)
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
            lambda: Params(1, 2, 3, 4, 5), lambda: Params(1, 2, 3, 4, z=5), lambda: Params(self=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
print(Point(7).__dataclass_fields__.keys() if False else "ok")
