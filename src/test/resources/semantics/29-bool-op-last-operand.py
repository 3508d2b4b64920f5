# `a or b` and `a and b` return the last operand as it is, without asking for its truth: an array (whose truth is
# ambiguous) or an object whose __bool__ prints.
import numpy as np


class Loud:
    def __bool__(self):
        print("asked")
        return True


acts = []
x = np.array([1.0, 2.0])
print(acts.append(x) or acts[-1], (lambda a: acts.append(a) or acts[-1])(x * 2))
print(None or x, 1 and x, [] or 0 or x, 0 and x, x.size and x)
print(type(0 or Loud()).__name__, type(Loud() and Loud()).__name__, 0 or "" or None, 1 and 2 and 3)
try:
    print(x or 1)
except ValueError as e:
    print("ValueError:", e)
