from collections import namedtuple, defaultdict, OrderedDict
from collections import Counter
import collections
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], 'z' in c, len(c))
c.update('aaz'); c.update({'q': 2}, r=1)
print(c, c.total(), sorted(c.elements())[:6])
c.subtract(['a'] * 10)
print(c, +c if False else '', c.most_common()[-1])
labels = [0, 1, 1, 2, 1, 0]
counts = Counter(labels)
print(counts, dict(counts), counts[1] / len(labels), list(counts.keys()), max(counts, key=counts.get))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter())
print(type(counts).__name__, isinstance(counts, dict), collections.Counter([1.5, 1.5]))
for label, n in sorted(counts.items()):
    print(f"class {label}: {n}")
d = Counter(); d['x'] += 1; d['y'] -= 1; print(d, repr(d))
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x + p.y, p._asdict())
d = defaultdict(list)
d['a'].append(1)
print(d, dict(d))
c = Counter('abracadabra')
print(c)
print(c.most_common(2))
print(c['z'], c['a'])
c.update('aaz')
print(sorted(c.items()))
c2 = Counter([1, 1, 2])
print(c2 + Counter([2, 3]))
o = OrderedDict()
o['b'] = 1; o['a'] = 2
print(o, list(o.keys()))
dd = collections.defaultdict(int)
for w in "the cat the".split():
    dd[w] += 1
print(dd)
c3 = collections.Counter(a=3, b=1)
print(c3.total(), list(c3.elements()))
