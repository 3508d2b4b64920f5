# Nested functions, closures, nonlocal and global.
def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


a = make_counter()
b = make_counter(10)
print(a(), a(), a(5), b(), a())

total = 0


def add(x):
    global total
    total += x
    return total


add(3)
add(4)
print(total)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner()

    return middle()


print(outer())

multipliers = [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in multipliers])
late = [lambda x: x * i for i in range(4)]
print([m(10) for m in late])


def compose(f, g):
    return lambda x: f(g(x))


inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))


def memo(f):
    cache = {}

    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapped


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), [fib(k) for k in range(10)])


def broken():
    print(y)
    y = 1


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def free_unbound():
    def g():
        return z

    try:
        g()
    except NameError as e:
        print("NameError:", e)
    z = 1
    return g()


print(free_unbound())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


class Config:
    scale = 3

    def scaled(self, x):
        return x * Config.scale

    values = [k for k in range(scale)]
    try:
        hidden = [scale * k for k in range(3)]
    except NameError as e:
        print("NameError:", e)


print(Config().scaled(2), Config.values)
x = 5
print([x for x in range(3)], x)
print((lambda: (y := 7))(), [z := k * 2 for k in range(3)], z)
