# Classes with attributes, methods, inheritance and special methods.
class Neuron:
    count = 0

    def __init__(self, weights, bias=0.0):
        self.weights = list(weights)
        self.bias = bias
        Neuron.count += 1

    def forward(self, inputs):
        return sum(w * x for w, x in zip(self.weights, inputs)) + self.bias

    def __call__(self, inputs):
        return self.forward(inputs)

    def __len__(self):
        return len(self.weights)

    def __getitem__(self, k):
        return self.weights[k]

    def __repr__(self):
        return f"Neuron({self.weights}, bias={self.bias})"


class ReluNeuron(Neuron):
    def __init__(self, weights, bias=0.0, name="relu"):
        super().__init__(weights, bias)
        self.name = name

    def forward(self, inputs):
        z = super().forward(inputs)
        return max(0.0, z)

    def __str__(self):
        return "ReluNeuron " + self.name


n = Neuron([0.5, -0.25], 0.1)
r = ReluNeuron([1.0, 1.0], -3.0)
print(n, repr(n), str(n))
print(r, repr(r))
print(n([1.0, 2.0]), n.forward([2.0, 2.0]), r([1.0, 1.0]), r([2.0, 2.5]))
print(len(n), n[0], n[-1], Neuron.count, n.count, r.count)
print(isinstance(r, Neuron), isinstance(n, ReluNeuron), issubclass(ReluNeuron, Neuron), issubclass(Neuron, object))
print(type(n).__name__, type(r).__name__, type(n) is Neuron, type(r) == Neuron)
print(hasattr(n, "weights"), hasattr(n, "name"), getattr(r, "name"), getattr(n, "name", "none"))
setattr(n, "bias", 0.2)
n.extra = [1, 2]
print(n.bias, n.extra)
n.weights[0] = 0.75
print(n.weights, n)
print(Neuron.__name__, ReluNeuron.__mro__[1].__name__)
print([type(x).__name__ for x in (1, 2.0, "s", [], (), {}, set(), None, True, n)])


class Counter:
    def __init__(self):
        self.n = 0

    def increment(self, by=1):
        self.n += by
        return self


c = Counter()
c.increment().increment(5)
print(c.n)
m = c.increment
m()
print(c.n, callable(m), callable(c), callable(Counter))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(0, 0) in pts)
print(min(pts), max(pts))
try:
    n.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Neuron.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Neuron()
except TypeError as e:
    print("TypeError:", e)
