# numpy's float64 exp and log on this machine are Intel SVML's vector kernels, a last bit away from the C library's
# for about a quarter of the arguments: every result to its last bit, over the range a network's sigmoid and
# cross-entropy see, numpy scalars too
import numpy as np

rng = np.random.RandomState(37)
xs = np.concatenate([rng.standard_normal(800) * 3, rng.uniform(-700, 700, 200), rng.uniform(-1e-9, 1e-9, 20),
                     np.array([0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1e-300, 700.0, -700.0])])
print(np.exp(xs).tolist())
ys = np.concatenate([np.abs(rng.standard_normal(500)) * 3, rng.uniform(0, 1, 300), np.exp(rng.uniform(-690, 690, 200)),
                     np.array([1.0, 2.0, 0.5, 0.75, 1e-310, 5e-324, 1 - 1e-16, 1 + 2.2e-16])])
print(np.log(ys).tolist())
print(repr(np.exp(0.3)), repr(np.exp(np.float64(-2.5))), repr(np.log(0.23)), repr(np.log(np.float64(7.0))))

# the lecture's forward pass and loss in numpy: sigmoid outputs and a cross-entropy, to the last digit
x = np.array([0.5, 0.3])
W1 = np.array([[0.2, -0.4], [0.5, 0.6]])
W2 = np.array([[0.1, -0.5], [-0.3, 0.8]])
h = 1 / (1 + np.exp(-W1 @ x))
o = 1 / (1 + np.exp(-W2 @ h))
y = np.array([0.23, 0.77])
print(repr(h), repr(o), repr(-np.sum(y * np.log(o) + (1 - y) * np.log(1 - o))))
