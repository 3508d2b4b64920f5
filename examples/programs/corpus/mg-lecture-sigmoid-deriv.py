import math

# 作业2 with a tiny autograd engine (micrograd, "Neural Networks: Zero to Hero")


class Value:
    """ stores a single scalar value and its gradient """

    def __init__(self, data, _children=(), _op='', label=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op
        self.label = label

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, other):
        assert isinstance(other, (int, float)), "only supporting int/float powers for now"
        out = Value(self.data ** other, (self,), f'**{other}')

        def _backward():
            self.grad += (other * self.data ** (other - 1)) * out.grad
        out._backward = _backward
        return out

    def sigmoid(self):
        s = 1 / (1 + math.exp(-self.data))
        out = Value(s, (self,), 'sigmoid')

        def _backward():
            self.grad += (1 - s) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo = []
        visited = set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)
        self.grad = 1.0
        for node in reversed(topo):
            node._backward()

    def __neg__(self):
        return self * -1

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return other + (-self)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        return self * other ** -1


x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w1, w2, w3, w4 = Value(0.2, label='w1'), Value(-0.4, label='w2'), Value(0.5, label='w3'), Value(0.6, label='w4')
w5, w6, w7, w8 = Value(0.1, label='w5'), Value(-0.5, label='w6'), Value(-0.3, label='w7'), Value(0.8, label='w8')
params = [w1, w2, w3, w4, w5, w6, w7, w8]
lr = 1.0

for epoch in range(20):
    h1 = (w1 * x1 + w3 * x2).sigmoid()
    h2 = (w2 * x1 + w4 * x2).sigmoid()
    o1 = (w5 * h1 + w7 * h2).sigmoid()
    o2 = (w6 * h1 + w8 * h2).sigmoid()
    loss = 0.5 * (o1 - y1) ** 2 + 0.5 * (o2 - y2) ** 2

    for p in params:
        p.grad = 0.0
    loss.backward()

    for p in params:
        p.data += -lr * p.grad

    if epoch % 5 == 0:
        print(f"epoch {epoch}: loss = {loss.data:.6f}")

print("final weights:", [round(p.data, 4) for p in params])
print(loss)
