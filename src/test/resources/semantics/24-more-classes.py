# More of what classes do: three-level inheritance, special methods, class state, in-place operators.
class Layer:
    created = 0

    def __init__(self, size, name=None):
        self.size = size
        self.name = name or f"layer{Layer.created}"
        Layer.created += 1

    def describe(self):
        return f"{type(self).__name__}({self.name}, {self.size})"

    def __str__(self):
        return self.describe()


class Dense(Layer):
    def __init__(self, size, activation="relu", **kwargs):
        super().__init__(size, **kwargs)
        self.activation = activation

    def describe(self):
        return super().describe() + "+" + self.activation


class Output(Dense):
    def __init__(self, size):
        super().__init__(size, activation="softmax", name="out")


layers = [Layer(3), Dense(4), Output(2), Dense(5, activation="tanh", name="h2")]
for layer in layers:
    print(layer, repr(layer.name), isinstance(layer, Dense), isinstance(layer, (Output, int)))
print(Layer.created, Output.created, Output.__bases__[0].__name__, [c.__name__ for c in Output.__mro__])
print(f"{layers[1]}", str(layers[2]), "%s" % layers[0], "{}".format(layers[3]))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __iadd__(self, other):
        for i, row in enumerate(other.rows):
            for j, v in enumerate(row):
                self.rows[i][j] += v
        return self

    def __mul__(self, k):
        return Matrix([[k * a for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __bool__(self):
        return any(any(r) for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows!r})"


m = Matrix([[1, 2], [3, 4]])
alias = m
m[0, 1] = 20
print(m[0, 1], len(m), 3 in m, 99 in m, list(m), m + m, 2 * m, m * 0.5)
m += Matrix([[1, 1], [1, 1]])
print(m, alias is m, alias, m == Matrix([[2, 21], [4, 5]]), m != alias, bool(Matrix([[0]])), bool(m))
try:
    {m}
except TypeError as e:
    print("TypeError:", e)
lst = [1]
other = lst
other += [2, 3]
print(lst, other is lst)
t = (1,)
u = t
u += (2,)
print(t, u)
counts = {"a": 1}
view = counts
view.update({"b": 2})
print(counts)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


st = Stack().push(1).push(2)
print(len(st), st.pop(), st.pop(), bool(st))
try:
    st.pop()
except IndexError as e:
    print("IndexError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f") + " EUR"

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __eq__(self, other):
        return self.cents == other.cents


prices = [Money(250), Money(99), Money(1000)]
print(f"{prices[0]}", f"{prices[1]:.1f}", format(prices[2], ",.0f"), [f"{p}" for p in sorted(prices)])
print(len({Money(1), Money(1), Money(2)}), max(prices).cents, min(prices, key=lambda p: -p.cents).cents)
del st._items
print(hasattr(st, "_items"))


class Shape:
    def area(self):
        raise NotImplementedError("subclasses implement area")


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


for shape in [Square(3), Shape()]:
    try:
        print(type(shape).__name__, shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
