# Lists: methods, sorting, slicing, comprehensions, built-ins over them.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.extend([3, 5])
xs.insert(0, 0)
xs.insert(-1, 8)
print(xs, len(xs), xs.count(5), xs.index(5), xs.index(5, 6))
print(xs.pop(), xs.pop(0), xs)
xs.remove(1)
print(xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[-3:], a[::-2], a[8:2:-2], a[100:], a[-100:2])
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1]
del a[-2:]
print(a)
b = a
c = a[:]
d = a.copy()
b.append("!")
print(a is b, a == c, c == d, len(a), len(c))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], [[row[k] for row in matrix] for k in range(3)])
print([x * x for x in range(10) if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)])
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(zip([1, 2, 3], "ab")))
print(list(reversed([1, 2, 3])), list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, "", "a", None])))
print(list(map(pow, [2, 3], [3, 2])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]), sum([1.5, 2.5]), max([[1, 2], [1, 3]]), min([(2, 1), (1, 9)]))
print([1, 2] + [3], [1, 2] * 2, [1, [2, 3]] == [1, [2, 3]], [1, 2] < [1, 3], [2] > [1, 9], 3 in [1, 2, 3])
nested = [1, [2, [3, [4]]]]
print(nested, nested[1][1][1][0], str(nested))
lst = [1, 2]
lst.append(lst)
print(lst)
stack = []
for k in range(3):
    stack.append(k)
while stack:
    print(stack.pop(), end=" ")
print()
weights = [0.1, 0.2, 0.3]
grads = [0.01, -0.02, 0.03]
weights = [w - 0.5 * g for w, g in zip(weights, grads)]
print(weights)
print([round(w, 3) for w in weights], sum(weights) / len(weights))
x = [0] * 3
x[1] += 5
x[-1] -= 2
print(x, x.clear(), x)
