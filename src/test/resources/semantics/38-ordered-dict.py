# collections.OrderedDict: a dict shown as OrderedDict([(k, v), …]), made empty, from pairs and keywords; the dict methods, iteration in insertion order, type name
from collections import OrderedDict
import collections
d = OrderedDict()
d['b'] = 1
d['a'] = 2
e = collections.OrderedDict([('x', 1.5), ('y', [1, 2])], z=3)
print(d, e, OrderedDict(), list(d.values()), list(d.keys()), list(e.items()), len(e), 'x' in e)
print(type(d).__name__, isinstance(d, dict), dict(d), d == {'b': 1, 'a': 2}, d.get('c', 0))
for k, v in e.items():
    print(k, v)
d.update(c=3)
print(d, d.pop('b'), d)
import copy
print(d.copy(), copy.copy(e), copy.deepcopy(e), type(d.copy()).__name__, dict(e))
