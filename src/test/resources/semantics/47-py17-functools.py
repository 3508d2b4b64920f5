import functools, operator
from functools import reduce, partial, wraps, lru_cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(operator.mul, [1, 2, 3, 4], 10))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
print(square(5))
cube = functools.partial(power, exp=3)
print(cube(2), cube(base=3))
p = partial(max, 3)
print(p(1, 2), p(7))
print(operator.add(2, 3), operator.sub(5, 1), operator.neg(3))
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def g(x):
    """g doc"""
    return x + 1
print(g(1), g.__name__, g.__doc__)
print(square.func is power, square.keywords, square.args)
import functools, operator
class Net:
    def __init__(self, k): self.k = k
    @lru_cache(maxsize=2)
    def act(self, x):
        print('compute', x)
        return x * self.k
n = Net(3)
print(n.act(1), n.act(1), n.act(2), n.act(3), n.act(1))
@lru_cache
def sq(x):
    print('sq', x)
    return x * x
print(sq(2), sq(2), sq(x=2))
sq.cache_clear(); print(sq(2))
def counted(f):
    @wraps(f)
    def w(*a, **k):
        w.calls += 1
        return f(*a, **k)
    w.calls = 0
    return w
@counted
def add(a, b=1):
    "adds"
    return a + b
add(1); add(2, b=3)
print(add.calls, add.__name__, add.__doc__, add.__wrapped__.__name__)
p = partial(add, 10)
print(p(5), p(b=7), partial(p, b=1)(), p.args)
print(reduce(operator.add, [[1], [2], [3]]), reduce(lambda acc, w: acc + w ** 2, [1.0, 2.0, 3.0], 0.0))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)), operator.itemgetter(0, 2)('abc'))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.truediv(1, 4), operator.neg(2.5), operator.pow(2, 8))
shape = (3, 4, 5)
print(functools.reduce(operator.mul, shape, 1))
print(repr(partial(max, 3, key=abs)).startswith('functools.partial(<built-in function max>, 3, key=<built-in function abs>)'))
def doc():
    """Two
    lines."""
print(doc.__doc__, doc.__module__, (lambda: 0).__doc__, (lambda: 0).__name__)
class K:
    """Class doc."""
class L(K):
    pass
print(K.__doc__, L.__doc__, K().__doc__)
