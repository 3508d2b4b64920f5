import random, math
random.seed(0)
W = [[random.uniform(-1, 1) for _ in range(3)] for _ in range(2)]
print([[round(v, 4) for v in row] for row in W])
print(random.gauss(0, 0.1), random.normalvariate(0, 1), random.choices(range(5), weights=[1, 2, 3, 4, 5], k=3))
idx = list(range(10)); random.shuffle(idx); print(idx, random.sample(range(100), 5), random.random())
print(random.randrange(0, 10, 2), random.getrandbits(8), random.randint(-3, 3))
rng = random.Random(42)
print(rng.random(), rng.uniform(0, 1))
a, b = random.Random(7), random.Random(7)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)], a.gauss(0, 1), b.choice('xyz'))
xs = list(range(6)); a.shuffle(xs); print(xs, a.sample(xs, 2), a.randint(1, 6), a.choices('ab', k=3))
s = random.Random('seed'); print(s.random()); s.seed(3); print(s.uniform(-1, 1), type(s).__name__)
