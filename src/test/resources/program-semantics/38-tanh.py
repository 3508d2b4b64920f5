# numpy's tanh is its own vector kernel (a polynomial per interval of |x|, converted from Intel SVML), a last bit
# away from the C library's for about a third of the arguments: every result to its last bit, float64 and float32,
# over the range a tanh layer sees, the saturated tail and the signed zeros
import numpy as np

rng = np.random.RandomState(38)
xs = np.concatenate([rng.standard_normal(700) * 3, rng.uniform(-25, 25, 200), rng.uniform(-1e-8, 1e-8, 20),
                     np.array([0.0, -0.0, 1.0, -1.0, 0.5, 20.0, -30.0, 1e300, -1e300, np.inf, -np.inf, 1e-310])])
print(np.tanh(xs).tolist())
print(np.tanh(xs.astype(np.float32)[:-3]).tolist())
print(repr(np.tanh(0.3)), repr(np.tanh(np.float64(-2.5))), repr(np.tanh(np.float32(0.75))))

# a tanh hidden layer and its derivative, as homework 2's tanh variant computes them
x = np.array([0.5, 0.3])
W1 = np.array([[0.2, -0.4], [0.5, 0.6]])
h = np.tanh(W1 @ x)
print(repr(h), repr(1 - h ** 2))
