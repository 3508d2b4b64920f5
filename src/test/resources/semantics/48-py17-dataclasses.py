from dataclasses import FrozenInstanceError
import dataclasses
from typing import Dict
from dataclasses import dataclass, field, asdict, astuple
from typing import List
@dataclass
class Layer:
    n_in: int
    n_out: int = 2
    weights: List[float] = field(default_factory=list)
    def __post_init__(self):
        self.size = self.n_in * self.n_out
l = Layer(3)
print(l, l.size)
print(l == Layer(3), l == Layer(4))
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
p = Point(1.5)
print(p, hash(p) == hash(Point(1.5)))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
print(asdict(l), astuple(p))
@dataclass(order=True)
class V:
    a: int
    b: int = field(default=0, repr=False)
print(V(1) < V(2), V(3, 4))
print(sorted([V(3), V(1)]))
import dataclasses
@dataclass
class Config2:
    lr: float = 0.5
    epochs: int = 1
    sizes: List[int] = field(default_factory=lambda: [2, 2, 2])
    history: List[float] = field(default_factory=list, repr=False, compare=False)
    seen: int = field(default=0, init=False)
    def __post_init__(self):
        assert self.lr > 0, "lr must be positive"
        self.seen += 1
c = Config2(); d = Config2(lr=0.5)
print(c, c == d, c != d, c.seen)
d.history.append(0.3); print(c == d, d)
try:
    hash(c)
except TypeError as e:
    print(e)
@dataclass(frozen=True, order=True)
class Weight:
    name: str
    value: float
ws = [Weight('w2', 0.2), Weight('w1', 0.1), Weight('w1', 0.05)]
print(sorted(ws), max(ws), Weight('a', 1) <= Weight('a', 1), {Weight('a', 1): 3}[Weight('a', 1)])
try:
    ws[0].value = 9
except FrozenInstanceError as e:
    print('frozen:', e)
except AttributeError as e:
    print('attr', e)
print(asdict(Config2(0.1)), astuple(ws[0]), dataclasses.asdict(ws[1]))
@dataclass
class Nested:
    c: Config2
    ws: List[Weight]
    m: Dict[str, float] = field(default_factory=dict)
n = Nested(Config2(), [Weight('w', 1.0)], {'a': 1.0})
print(asdict(n))
print(n == Nested(Config2(), [Weight('w', 1.0)], {'a': 1.0}), Weight('a', 1) == ('a', 1))
@dataclass(repr=False, eq=False)
class Plain:
    x: int = 1
p = Plain(); print(p == Plain(), p == p, type(repr(p)).__name__)
@dataclass
class Own:
    x: int
    def __repr__(self): return f"Own<{self.x}>"
    def __eq__(self, o): return True
print(Own(1), Own(1) == Own(2))
try:
    Config2(lr=-1)
except AssertionError as e:
    print('assert', e)
try:
    Weight('a', 1) < Config2()
except TypeError as e:
    print(e)
