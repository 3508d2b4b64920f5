# with, assert, del, walrus, for/while else, generator expressions, iterators.
class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return exc_type is ValueError


with Timer("a") as t:
    print("inside", t.name)
with Timer("b"):
    raise ValueError("suppressed")
try:
    with Timer("c"), Timer("d"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)


def first_negative(values):
    for v in values:
        if v < 0:
            print("found", v)
            break
    else:
        print("none negative")


first_negative([1, -2, 3])
first_negative([1, 2])
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
while True:
    break
else:
    print("not printed")
data = [4, 8, 15, 16, 23, 42]
if (count := len(data)) > 5:
    print("long list", count)
total = 0
while (chunk := data[total:total + 2]):
    print(chunk, end=" ")
    total += 2
print()
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc"]), list(x for x in "ab"))
gen = (k * 2 for k in range(3))
print(next(gen), next(gen), list(gen), list(gen))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)), [v for v in Countdown(2)], sum(Countdown(4)))
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
values = {"a": 1, "b": 2}
del values["a"]
print(values)
assert len(values) == 1
assert values, "must not be empty"
print(sorted([3, 1, 2]) if values else None, "yes" if not [] else "no", None or "default", 0 and 5, 3 and 4)
for i in range(3):
    if i == 1:
        continue
    print("i", i)
z = zip([1, 2], [3, 4])
print(list(z), list(z))
m = map(str, [1, 2])
print(next(m), list(m))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), dict(zip("ab", [1, 2])))
print(type(range(3)).__name__, range(2, 10, 3), list(range(2, 10, 3)), range(5)[1:3], len(range(0, 10, 3)), 4 in range(0, 10, 2))
