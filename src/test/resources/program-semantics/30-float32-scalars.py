# numpy float32 scalars: an element, a sum or a mean of a float32 array is a float32 (summed in float32, pairwise as
# numpy does), printed by the fewest digits that read back in float32; with a Python number it becomes a float64
import numpy as np

a = np.array([1.1, 2.3, 0.26], dtype=np.float32)
s = a[0]
m = np.mean(a)
for e in [s, m, a.sum(), s * 2.0, s + 1, s * s, s * a, 2.0 * s, np.exp(s), float(s), s.item(), str(s), repr(s),
          f"{s:.3f}", [s], s / 3, -s, abs(s), np.sqrt(s), s ** 2, int(s), np.float32(0.1) + np.float32(0.2),
          a.mean() * 2, a.max(), np.sum(a) / 3, a[1] - a[0]]:
    print(repr(e), type(e).__name__)
x = np.array([0.5, 0.3], dtype=np.float32)
w = np.array([[0.2, -0.4], [0.5, 0.6]], dtype=np.float32)
loss = np.mean((x @ w - np.float32(0.1)) ** 2)
print(loss, type(loss).__name__, loss * 0.5, round(float(loss), 6))
print(np.float32(1e-5), np.float32(123456789.0), np.float32(2.0 ** -24), np.float32(1e20), np.float32(-0.0))
big = np.linspace(0, 1, 1000).astype(np.float32)
print(big.sum(), big.mean(), np.sum(big * big), big.reshape(10, 100).sum(axis=1)[:3], big.reshape(100, 10).sum(axis=0)[:3])
print(np.random.RandomState(0).rand(300).astype(np.float32).sum())
# a numpy scalar has numpy's attributes: its dtype (0.5 * a float32 scalar is float64 in numpy 1.24), no dimensions
print(loss.dtype, (0.5 * loss).dtype, loss.ndim, loss.size, loss.shape, np.float64(2.5).dtype, (big > 0.5)[3].dtype)
