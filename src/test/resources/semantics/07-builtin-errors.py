# Errors the interpreter raises are Python exceptions, caught by their types.
import math

cases = [
    lambda: 1 / 0,
    lambda: 1.0 / 0,
    lambda: 5 // 0,
    lambda: 5 % 0,
    lambda: 2.0 // 0.0,
    lambda: [1, 2][5],
    lambda: (1,)[3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: int("x1"),
    lambda: float("abc"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] < "a",
    lambda: len(5),
    lambda: None.shape,
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.exp(1000),
    lambda: 2.0 ** 10000,
    lambda: "%d" % "x",
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "{:d}".format(1.5),
    lambda: "{}".format(),
    lambda: next(iter([])),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: max([]),
    lambda: [].pop(),
    lambda: [1].remove(2),
    lambda: [1].index(2),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: 3(),
    lambda: "abc".index("z"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: range(0, 1, 0),
    lambda: divmod(1, 0),
    lambda: round(float("inf")),
    lambda: sorted([1, "a"]),
    lambda: [1, 2][1:2:0],
    lambda: object().x,
    lambda: abs("a"),
    lambda: sum(["a"]),
    lambda: "x" * "y",
    lambda: tuple()[0],
    lambda: math.factorial(-1),
    lambda: math.acos(2),
    lambda: math.pow(0, -1),
    lambda: (-8) ** 0.5 if False else math.sqrt(-8),
    lambda: 0.0 ** -1,
    lambda: list(5),
    lambda: dict([1, 2]),
    lambda: "a".join([1]),
    lambda: {}.pop("k"),
    lambda: (1, 2).x,
]
for k, case in enumerate(cases):
    try:
        case()
        print(k, "no error")
    except ArithmeticError as e:
        print(k, "ArithmeticError", type(e).__name__, e)
    except LookupError as e:
        print(k, "LookupError", type(e).__name__, e)
    except Exception as e:
        print(k, type(e).__name__, e)
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1,)
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
