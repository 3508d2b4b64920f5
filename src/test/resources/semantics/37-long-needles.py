# Searches for long needles in long texts: CPython's are linear in the text (two-way search), and so must bpdiff's
# be (a search comparing the needle at every position takes minutes here).
s = 'a' * 600000
n = 'a' * 200000 + 'b'
m = 'b' + 'a' * 200000
print(s.find(n), s.rfind(n), s.find(m), s.rfind(m), s.count(n), n in s, m in s)
t = 'a' * 400000 + 'b' + 'a' * 400000
print(len(t), t.find(n), t.rfind(n), t.find(m), t.rfind(m), t.count(n), t.count(m), n in t, m in t)
print(t.index(n), t.rindex(m), t.find(n, 300000), t.rfind(m, 0, 600000), t.find(n, 0, 400000))
print([len(p) for p in t.split(n)], [len(p) for p in t.rsplit(m)], [len(p) for p in t.split(n, 0)])
print([len(p) for p in t.partition(n)], [len(p) for p in t.rpartition(m)])
print(len(t.replace(n, 'xy')), len(t.replace(m, '')), t.replace(n, 'x', 0) == t)
print(len(s.strip('b' * 100000)), len(t.strip('a' * 40 + 'c' * 100000)), len(t.rstrip('a' * 100)))
u = 'ab' * 100 + 'x'
v = ('ab' * 200 + 'x') * 2000
print(v.count(u), v.find(u), v.rfind(u), len(v.split(u)), len(v.rsplit(u, 3)), len('a b ' * 250000))
print(len(('a ' * 499999).rsplit()), ('a b  c ' * 3).rsplit(None, 2), 'a,b,,c'.rsplit(',', 2))
