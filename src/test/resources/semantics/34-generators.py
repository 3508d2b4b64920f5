# Generator functions as students write them: d2l's data_iter, a numpy-free batches(), an endless counter cut
# short by break, yield from, return inside a generator, and the order in which a lazy generator's body runs.
import random


def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    random.seed(0)
    random.shuffle(indices)
    for i in range(0, num_examples, batch_size):
        batch_indices = indices[i: min(i + batch_size, num_examples)]
        yield [features[j] for j in batch_indices], [labels[j] for j in batch_indices]


features = [[0.1 * k, 1.0 - 0.1 * k] for k in range(10)]
labels = [2 * k for k in range(10)]
for X, y in data_iter(3, features, labels):
    print(len(X), X[0], y)


def batches(n, size):
    print("batches starts")
    start = 0
    while start < n:
        print("yielding", start)
        yield start, min(start + size, n)
        start += size
    print("batches ends")


g = batches(5, 2)
print(type(g).__name__)
print("made, nothing ran yet")
print(next(g))
print("between")
for lo, hi in g:
    print("got", lo, hi)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.args))
print(next(g, "default"))
print(list(batches(3, 2)))


def count(start=0):
    k = start
    while True:
        yield k
        k += 1


total = 0
for k in count(10):
    if k > 14:
        break
    total += k
print("total", total)
c = count()
print([next(c) for _ in range(4)], sum(x for x in [next(c), next(c)]))


def evens(xs):
    for x in xs:
        if x % 2:
            continue
        yield x
    else:
        yield "done"


print(list(evens(range(7))))


def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
        yield x
    return None


def wrapper(xs):
    found = yield from first_negative(xs)
    yield ("returned", found)


print(list(wrapper([3, 1, -4, 1])))
print(list(wrapper([2, 7])))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node%d" % depth
    yield from tree(depth - 1)
    yield from [depth, depth * 10]


print(list(tree(2)))


def echo():
    received = yield "first"
    print("received", received)
    yield "second"


print(list(echo()))
print(list(zip(count(), "abc")), dict(enumerate(evens([4, 5, 6]))))
print(max(count(3) if False else iter([1, 5, 2])), sorted(x for x in evens([8, 2, 4]) if x != "done"))
print(repr(batches(1, 1))[:25])


def bad():
    yield 1
    raise StopIteration("inside")


try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__ if e.__cause__ else None)


def failing(xs):
    for x in xs:
        yield 10 / x


g = failing([1, 2, 0, 4])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))


class Dataset:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for k in range(self.n):
            yield k * k


print(list(Dataset(4)), 9 in Dataset(4), sum(Dataset(3)))


def pairs(xs):
    it = iter(xs)
    while True:
        try:
            a = next(it)
        except StopIteration:
            return
        yield a, a * 2


print(list(pairs([1, 2, 3])))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)], list(zip(range(3), fib())))


def nested():
    def inner():
        yield 1
    return inner()


class C:
    def items(self):
        yield from (1, 2)

    @staticmethod
    def s():
        yield "s"


print(list(nested()), list(C().items()), list(C.s()), sum(C().items()))


def g_with_break():
    for i in range(10):
        if i == 3:
            break
        yield i
    else:
        yield "no"
    yield "after"


print(list(g_with_break()), sorted(g_with_break(), key=str))


def deep(n):
    if n:
        yield from deep(n - 1)
    yield n


print(list(deep(50))[-3:])


def kw(*args, scale=2, **kw):
    for a in args:
        yield a * scale, kw


print(list(kw(1, 2, scale=3, z=1)))
