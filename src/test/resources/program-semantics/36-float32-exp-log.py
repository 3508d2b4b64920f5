# numpy's float32 exp and log are its own vector kernels (a rational approximation after a Cody-Waite reduction),
# a last bit away from the correctly rounded value for about a third of the arguments: every result to its last bit,
# over the whole range, the limits of overflow and underflow, subnormals and the exact points
import numpy as np

rng = np.random.RandomState(36)
xs = np.concatenate([rng.standard_normal(600) * 3, rng.uniform(-110, 95, 300),
                     np.array([0.0, -0.0, 1.0, -1.0, 0.5, 88.7, 88.72283935546875, -103.97, -103.98, -87.5, -100.0])])
x32 = xs.astype(np.float32)
with np.errstate(over="ignore"):
    print(np.exp(x32).tolist())
ys = np.concatenate([np.abs(rng.standard_normal(400)) * 3, rng.uniform(0, 1, 300), 10.0 ** rng.uniform(-44, 38, 300),
                     np.array([1.0, 2.0, 0.5, 0.7071067, 0.70710677, 0.7071068, 1.4142135, 1e-45, 1e-40, 3e38, np.inf])])
print(np.log(ys.astype(np.float32)).tolist())
old = np.seterr(all="ignore")
print(np.log(np.float32(0.25)), np.exp(np.float32(0.25)), np.log(np.array([0.0, -0.5], dtype=np.float32)))
np.seterr(**old)

# a float32 network's forward pass: the sigmoid and a cross-entropy in float32 throughout
z = np.array([[-0.02, 0.43], [1.7, -2.25]], dtype=np.float32)
s = 1 / (1 + np.exp(-z))
print(s.tolist(), (-np.log(s)).tolist(), s.dtype)
