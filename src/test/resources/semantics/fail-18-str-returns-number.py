# A __str__ that returns a number: str() refuses it with CPython's TypeError.
class Layer:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return self.n


print(repr(Layer(3).n))
print(str(Layer(3)))
