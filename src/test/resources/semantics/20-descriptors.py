# @staticmethod, @classmethod, @property, class attributes and class-level state.
class Temperature:
    scale = "C"
    instances = 0

    def __init__(self, degrees):
        self._degrees = degrees
        Temperature.instances += 1

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = value

    @property
    def fahrenheit(self):
        return self._degrees * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0.0)

    def __repr__(self):
        return f"{type(self).__name__}({self._degrees})"


t = Temperature(25)
print(t.degrees, t.fahrenheit, Temperature.convert(100), t.convert(0), Temperature.freezing(), Temperature.instances)
t.degrees = 30
print(t, t.degrees)
try:
    t.degrees = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)


class Kelvin(Temperature):
    scale = "K"

    @classmethod
    def freezing(cls):
        return cls(273.15)


print(Kelvin.freezing(), Kelvin.scale, Temperature.scale, Kelvin(1).fahrenheit, Temperature.instances)


class Registry:
    items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)


r1, r2 = Registry(), Registry()
r1.add(1)
r2.add(2)
print(Registry.items, r1.items is r2.items)
r1.items = ["own"]
print(r1.items, r2.items, Registry.items)


class Base:
    def describe(self):
        return "Base." + self.name()

    def name(self):
        return "base"


class Child(Base):
    def name(self):
        return "child"

    def describe(self):
        return "Child+" + super().describe()


print(Child().describe(), Base().describe(), [c.__name__ for c in Child.__mro__])
