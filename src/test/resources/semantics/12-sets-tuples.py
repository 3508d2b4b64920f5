# Sets and tuples.
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.remove(1)
print(sorted(s), len(s), 3 in s, 9 in s)
t = set([5, 3, 5, 1])
print(sorted(t), sorted(s.union(t)), sorted(s.intersection(t)), sorted(s - t), sorted(s.symmetric_difference(t)))
print(sorted(s.union([7])), sorted(s.intersection(t)), sorted(s.difference(t)), s.issubset(s.union(t)), s.isdisjoint({99}))
print(set(), frozenset(), {1}, {"only"}, frozenset([2]), set("aaa"), {1, 2} == {2, 1}, {1} < {1, 2})
u = {2, 4}
u.update([6], [8])
print(sorted(u), u.pop() in (2, 4, 6, 8), len(u))
seen = set()
for ch in "mississippi":
    if ch not in seen:
        seen.add(ch)
        print(ch, end="")
print()
point = (3, 4)
x, y = point
print(point, x, y, point[0], point[-1], len(point), point.count(3), point.index(4))
a, *rest = [1, 2, 3, 4]
*init, last = "abc"
first, *middle, final = range(5)
print(a, rest, init, last, first, middle, final)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([("ann", 3), ("bo", 5)]):
    print(i, name, score)
print((1,), (), tuple([1, 2]), tuple("ab"), (1, 2) + (3,), (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
a, b = 1, 2
a, b = b, a
print(a, b)
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), list(frozenset([1])), max({4, 9, 2}))
