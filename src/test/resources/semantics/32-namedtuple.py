# collections.namedtuple: field names as a list or a space/comma-separated string, defaults=, the instances as tuples (index, unpack, len, iteration, ==, hash, slices) with fields by name, _replace, _asdict, _fields, repr and the TypeErrors
from collections import namedtuple
import collections

Params = namedtuple('Params', ['w1', 'w2'])
p = Params(0.2, -0.4)
print(p, repr(p), str(p))
print(p.w1, p.w2, p[0], p[-1], p[0:1], len(p), list(p), tuple(p))
w1, w2 = p
print(w1, w2, w1 + w2)
print(p == (0.2, -0.4), p == Params(0.2, -0.4), p != Params(0.2, 0.4), hash(p) == hash((0.2, -0.4)))
print({p: 'params'}[(0.2, -0.4)], p in [(0.2, -0.4)], isinstance(p, tuple), isinstance(p, Params))
print(type(p).__name__, type(p) is Params, Params.__name__, Params._fields, p._fields)
q = p._replace(w2=0.5)
print(q, p, q._asdict(), dict(q._asdict()))
for name, value in zip(p._fields, p):
    print(name, value)
Point = collections.namedtuple('Point', 'x y')
Layer = namedtuple('Layer', 'W, b, lr', defaults=[0.1])
Cfg = namedtuple('Cfg', 'a b c', defaults=(1, 2))
print(Point(1, y=2), Point(x=3, y=4).x, Layer([[1.0]], [0.0]), Layer(1, 2, lr=0.5).lr, Cfg(0), Cfg(0, c=5))
print(Point(1, 2) + (3,), Point(1, 2) * 2, max(Point(1, 5)), sum(Point(2, 3)), sorted(Point(3, 1)))
print(Point(1, 2).count(1), Point(1, 2).index(2), Point(1, 2) < Point(1, 3), [Point(i, i * i) for i in range(3)])
print(Params(w1=[0.1, 0.2], w2={'b': 1}), Point('a', None), Point(p, q))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: p._replace(w3=1),
            lambda: Cfg(1, 2, 3, 4), lambda: Cfg(), lambda: Cfg(1, a=2), lambda: Layer(1, 2, 3, z=4)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.w1 = 1.0
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.w3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[2]
except IndexError as e:
    print("IndexError:", e)
