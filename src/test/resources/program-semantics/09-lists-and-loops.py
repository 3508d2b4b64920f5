xs = []
for i in range(5):
    if i == 3:
        continue
    xs.append(i * i)
print(xs, len(xs), xs[-1], xs[1:3], xs[::-1], [x + 1 for x in xs if x > 0], [a * b for a in range(3) for b in range(2)])
total = 0
k = 0
while True:
    k += 1
    total += k
    if total > 20:
        break
print(k, total, list(range(2, 10, 3)), list(enumerate(["a", "b"])), list(zip([1, 2], [3, 4, 5])), sum(x for x in xs))
a, (b, c) = 1, (2, 3)
a, b = b, a
ys = xs
ys.append(99)
print(a, b, c, xs, 5 in xs, 4 in xs, xs.pop(), xs, list(reversed([1, 2, 3])), tuple([1, 2]))
