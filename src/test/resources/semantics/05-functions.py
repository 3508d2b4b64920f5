# Defaults, keyword arguments, *args, **kwargs, keyword-only and positional-only parameters.
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))


def g(x, /, y, *, z):
    return x + y + z


print(g(1, 2, z=3), g(1, y=2, z=3))


def h(*values, sep=", "):
    return sep.join(str(v) for v in values)


print(h(1, 2, 3), h("a", "b", sep="-"), h())


def stats(numbers, *, scale=1.0):
    n = len(numbers)
    mean = sum(numbers) / n
    var = sum((x - mean) ** 2 for x in numbers) / n
    return mean * scale, var * scale


m, v = stats([1.0, 2.0, 4.0])
print(m, v, stats([1, 2, 3], scale=2))


def decorate(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)

    return wrapper


@decorate
def area(w, h=1):
    return w * h


print(area(3, h=4))

for call in [lambda: f(), lambda: f(1), lambda: g(1, 2, 3), lambda: g(x=1, y=2, z=3), lambda: h(1, bad=2),
             lambda: stats([1], 2), lambda: f(1, 2, c=3, b=4), lambda: area(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact(25))
print((lambda x, y=3: x * y)(4), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
apply = lambda fn, *a, **k: fn(*a, **k)
print(apply(max, 3, 9, 4), apply(sorted, [3, 1, 2], reverse=True))
print(f.__name__, (lambda: 0).__name__)
