# itertools as students loop with it: a grid of hyperparameters (product), epochs without end (count) cut by
# islice or break, batches joined (chain), padding (zip_longest), repeat
import itertools
from itertools import product, chain, count, islice, repeat, zip_longest

for lr, hidden in product([0.1, 0.5], [2, 4]):
    print("lr", lr, "hidden", hidden)
print(list(product("ab", repeat=2)), list(product([1, 2], [])), list(product()))
print(list(chain([1, 2], (3,), range(4, 6), "xy")), list(chain()))
for epoch in count(1):
    if epoch > 3:
        break
    print("epoch", epoch)
print(list(islice(count(0.5, 0.1), 4)), list(islice(count(10, -3), 3)), list(islice("abcdefg", 1, 6, 2)))
print(list(islice(range(10), 3)), list(islice(range(10), 2, None)), list(islice([1, 2], 5)))
print(list(repeat("w", 3)), list(zip(range(3), repeat(0))), list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
total = 0
for k, x in zip(itertools.count(), [0.5, 0.25]):
    total += k * x
print(total, type(count()).__name__, next(iter(product([7]))))
it = islice(count(), 2)
print(next(it), next(it), next(it, "done"))
try:
    islice(range(3), -1)
except ValueError as e:
    print("ValueError:", e)
