# Sets print in CPython's own order (its hash table), for numbers and tuples of numbers.
print({3, 1, 2}, {10, 2, 33, 7}, {-1, -2, 5}, {100, 8, 16, 0})
s = set()
for k in [17, 5, 9, 33, 1, 65, 12]:
    s.add(k)
print(s, len(s))
big = set(range(40, 0, -3))
print(big)
big.discard(37)
big.discard(4)
big.add(99)
print(big)
print({1.5, 2.0, 0.25, -3.75}, {(1, 2), (0, 0), (2, 1)}, {2 ** 64, 7, 2 ** 70}, {True, 2, 0})
a = {1, 3, 5, 7, 9, 11}
b = {3, 6, 9, 12}
print(a.union(b), a.intersection(b), a - b, b - a, a.symmetric_difference(b), b.symmetric_difference(a))
print(a.union(b, [20, 1]), a.intersection(b), a.difference(b, {1}), a.symmetric_difference([9, 100]))
c = set(a)
c.update({50, 2}, [4])
print(c)
c.intersection_update(range(0, 20, 2))
print(c)
d = {8, 1, 30, 4}
print([d.pop() for _ in range(len(d))], d)
print(frozenset([5, 3, 8]), frozenset({2, 1}).union({9}), sorted({"b", "a"}))
print(set([1, 2, 3]) == {3, 2, 1}, {1, 2} <= {1, 2, 3}, set("ab") == {"a", "b"})
print(list({x % 7 for x in range(30)}), {k: k * k for k in {4, 2, 6}})
print(set(range(100)) - set(range(5, 100)), {0.5 * k for k in range(6)})
