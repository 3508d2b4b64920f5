# Python's bitwise operators: ints (two's complement without bound), bools, sets, frozensets, dicts,
# their augmented forms, and the errors CPython raises.
print(5 | 3, 5 & 3, 5 ^ 3, 1 << 10, 1024 >> 3, ~5, ~0, ~-1)
print(-5 | 3, -5 & 3, -5 ^ 3, -5 >> 1, -1 >> 100, -8 << 2, 7 >> 100)
print(1 << 70, (1 << 70) | 1, (1 << 70) & -1, (1 << 70) ^ (1 << 69), ~(1 << 70), -(1 << 70) >> 3)
print((1 << 64) >> 63, 12345678901 * 1000000007 & 0xFFFF, -12345678901 * 1000000007 | 0xFF)
print(True | False, True & False, True ^ True, False ^ True, type(True | False).__name__)
print(True | 2, True & 3, False ^ 5, True << 3, True >> 1, type(True & 1).__name__)
print(~True, ~False, type(~True).__name__)
k = 3
print(1 << k, 255 >> k, 2 ** k | 1, 1 + 2 | 4, 6 & 3 + 1, 1 | 2 ^ 3 & 4, 3 << 1 + 1, -~3, ~-3)
x = 12
x |= 3
print(x)
x &= 6
print(x)
x ^= 1
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
b = True
b |= False
print(b, type(b).__name__)
b &= False
print(b, type(b).__name__)
b ^= True
print(b, type(b).__name__)
cases = [("1 << -1", lambda: 1 << -1), ("1 >> -2", lambda: 1 >> -2), ("(1 << 80) << -1", lambda: (1 << 80) << -1),
         ("1.5 | 1", lambda: 1.5 | 1), ("2 & 0.5", lambda: 2 & 0.5), ("~1.5", lambda: ~1.5),
         ("'a' | 'b'", lambda: 'a' | 'b'), ("[1] | [2]", lambda: [1] | [2]), ("None & 1", lambda: None & 1),
         ("~'a'", lambda: ~'a'), ("{1: 2} | [(3, 4)]", lambda: {1: 2} | [(3, 4)]), ("{1} | [2]", lambda: {1} | [2]),
         ("{1} & (1,)", lambda: {1} & (1,)), ("1.0 << 2", lambda: 1.0 << 2), ("True ^ 1.0", lambda: True ^ 1.0)]
for case, f in cases:
    try:
        print(case, "->", f())
    except Exception as e:
        print(case, "->", type(e).__name__, e)

s = {1, 2, 3}
t = {3, 4}
print(sorted(s | t), sorted(s & t), sorted(s ^ t), sorted(s - t))
f = frozenset([2, 3, 9])
print(sorted(s | f), type(s | f).__name__, sorted(f & s), type(f & s).__name__, sorted(f ^ t), type(f ^ t).__name__)
u = s
u |= {7}
print(u is s, sorted(s))
u &= {1, 7, 8}
print(u is s, sorted(s))
u ^= {1, 5}
print(u is s, sorted(s))
g = f
g |= {1}
print(g is f, sorted(g), sorted(f), type(g).__name__)
try:
    u |= [9]
except TypeError as e:
    print("TypeError", e)
try:
    u & [9]
except TypeError as e:
    print("TypeError", e)

d1 = {"w1": 1.0, "b1": 2.0}
d2 = {"b1": 3.0, "w2": 4.0}
merged = d1 | d2
print(merged, d1, merged is d1)
grads = {}
alias = grads
grads |= {"w1": 0.5}
grads |= {"b1": -0.25, "w1": 0.75}
grads |= [("w2", 1.5), ("b2", 2)]
grads |= zip(["x"], [9])
print(grads, alias is grads)
try:
    d1 | [("a", 1)]
except TypeError as e:
    print("TypeError", e)
try:
    grads |= [1, 2]
except TypeError as e:
    print("TypeError", e)
try:
    grads |= 5
except TypeError as e:
    print("TypeError", e)

class Flags:
    def __init__(self, v):
        self.v = v
    def __or__(self, other):
        return Flags(self.v | other.v)
    def __and__(self, other):
        return Flags(self.v & other.v)
    def __invert__(self):
        return Flags(~self.v)
    def __lshift__(self, n):
        return Flags(self.v << n)

a = Flags(6) | Flags(9)
print(a.v, (Flags(6) & Flags(3)).v, (~Flags(6)).v, (Flags(1) << 4).v)
a |= Flags(16)
print(a.v)
