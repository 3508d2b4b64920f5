# The last bits of matrix products: numpy hands float products to OpenBLAS, which sums each element in its own
# order (fused multiply-adds for matrix times matrix, four lanes for a float64 matrix times a vector, a plain sum
# for dots and a row times a matrix, float32 sums in float32). Every element printed to its last bit, for the
# sizes where bpdiff follows that order exactly.
import numpy as np

rng = np.random.RandomState(35)
for dtype in (np.float64, np.float32):
    for k in range(1, 7):
        A = rng.standard_normal((3, k)).astype(dtype)
        B = rng.standard_normal((k, 4)).astype(dtype)
        x = rng.standard_normal(k).astype(dtype)
        v = rng.standard_normal(k).astype(dtype)
        print(dtype.__name__, k, "A @ B", (A @ B).tolist())
        print(dtype.__name__, k, "np.dot(A, B)", np.dot(A, B).tolist())
        print(dtype.__name__, k, "B.T @ A.T", (B.T @ A.T).tolist())
        if k <= 3 or dtype == np.float64:
            print(dtype.__name__, k, "A @ x", (A @ x).tolist())
            print(dtype.__name__, k, "np.dot(A, x)", np.dot(A, x).tolist())
        if k <= 3:
            # above 3 the kernels of these split the sum in ways not followed here
            print(dtype.__name__, k, "x @ B", (x @ B).tolist())
            print(dtype.__name__, k, "v @ x", float(v @ x))
            print(dtype.__name__, k, "A[:1] @ B", (A[:1] @ B).tolist())
            print(dtype.__name__, k, "A @ B[:, :1]", (A @ B[:, :1]).tolist())

# the lecture's network in float32: two inputs, two hidden units, two outputs
x = np.array([0.5, 0.3], dtype=np.float32)
W1 = np.array([[0.2, -0.4], [0.5, 0.6]], dtype=np.float32)
W2 = np.array([[0.1, -0.5], [-0.3, 0.8]], dtype=np.float32)
h = W1 @ x
print(h.tolist(), (W2 @ h).tolist(), np.dot(W1, x).tolist())
