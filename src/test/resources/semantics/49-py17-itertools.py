import itertools
import itertools as it
from itertools import product, chain, zip_longest, accumulate, combinations, permutations, starmap, groupby, tee, cycle, takewhile, dropwhile, islice, compress, filterfalse
print(list(product([1, 2], 'ab')))
print(list(product(range(2), repeat=3)))
print(list(chain([1, 2], (3,), range(4, 6))))
print(list(chain.from_iterable([[1], [2, 3]])))
print(list(zip_longest([1, 2, 3], 'ab', fillvalue=0)))
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)))
import operator
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(combinations(range(4), 2)))
print(list(permutations('abc', 2)))
print(list(starmap(pow, [(2, 3), (3, 2)])))
for k, g in groupby('aaabbc'):
    print(k, list(g))
print(list(islice(cycle([1, 2]), 5)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(compress('abcd', [1, 0, 1, 0])))
print(list(filterfalse(lambda x: x % 2, range(6))))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise([1, 2, 3, 4])))
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
gs = groupby(data, key=lambda p: p[0])
k1, g1 = next(gs); k2, g2 = next(gs)
print(k1, list(g1), k2, list(g2))
for k, g in groupby(sorted(data), lambda p: p[0]):
    print(k, [v for _, v in g])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
print(list(groupby([])), list(accumulate([])), list(accumulate([], initial=5)))
losses = [0.5, 0.4, 0.45, 0.3]
print(list(accumulate(losses, min)), [round(x, 3) for x in accumulate(losses)])
print(list(it.combinations_with_replacement('ab', 2)), list(it.permutations(range(3))), len(list(it.combinations(range(10), 3))))
print(list(it.combinations([1, 2], 3)), list(it.permutations([1, 2], 0)), list(it.product()))
c = it.cycle('ab'); print([next(c) for _ in range(5)])
for i, (x, y) in enumerate(it.pairwise([0.1, 0.2, 0.4])):
    print(i, round(y - x, 2))
a, b, c3 = it.tee(iter([1, 2, 3]), 3); next(a); print(list(a), list(b), list(c3))
print(list(it.chain.from_iterable(['ab', [1, 2]])), list(it.starmap(lambda x, y: x * y, zip([1, 2], [3, 4]))))
print(list(it.islice(it.count(0, 0.5), 4)), list(it.takewhile(lambda e: e < 3, it.count())))
print(list(it.filterfalse(None, [0, 1, '', 'x'])), list(it.compress(range(5), [1, 0, 1])))
