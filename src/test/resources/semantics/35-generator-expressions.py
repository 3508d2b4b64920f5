# Generator expressions are lazy: the first iterable is taken where the expression stands, the rest (conditions,
# other clauses, the element) runs as items are asked for.
def count(start=0):
    k = start
    while True:
        yield k
        k += 1


print(any(x > 2 for x in count()), next(x * x for x in count(5) if x % 2 == 0))


def noisy(x):
    print("computing", x)
    return x * 10


g = (noisy(x) for x in [1, 2, 3])
print("made")
print(next(g))
print("between")
print(list(g), list(g))
xs = [1, 2]
g = (x + y for x in xs for y in range(x))
xs.append(3)
print(list(g))
ys = [1, 2]
g = (y for y in ys)
ys = [5, 6]
print(list(g))
print(sum(x * x for x in range(10)), max((x % 7, x) for x in range(20)), sorted(x for x in "bca"))
print(dict((k, v) for k, v in zip("ab", count())), tuple(str(n) for n in range(3)))
pairs = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print(list(pairs))
try:
    print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
g = (x for x in [1, 2])
print(type(g).__name__, iter(g) is g, next(g), next(g), next(g, "end"))
print(all(x < 3 for x in count()))
import numpy as np
print(np.sum(np.array(list(x ** 2 for x in range(4)))), sum(a @ a for a in [np.ones(2), np.arange(2.0)]))
