import numpy as np
# numpy's bool scalars (np.bool_) where a program meets them outside the recorded arithmetic: an element of a
# mask, a comparison of numpy numbers, np.all/np.any, np.True_; ~ is logical not (Python's ~True is -2), & | ^
# stay bools, + and * follow numpy's rules, and they print as True/False
a = np.array([1.0, -2.0, 3.0])
b = a > 0
t = b[0]
f = b[1]
print(t, f, repr(t), type(t).__name__, repr(f))
print(~t, ~f, type(~t).__name__)
print(t & f, t | f, t ^ f, t & True, t | False, t ^ True, type(t & f).__name__)
print(t | 0, t & 1)
print(t + t, t * 3, t + 1.5, f - 0, t * t)
print(not t, t == True, t is True, t is np.True_, bool(t) is True)
print(np.all(b), np.any(b), repr(np.all(b)), type(np.any(b)).__name__)
print(~np.all(b), ~np.any(b))
print(a[0] > 0, repr(a[0] > 0), ~(a[0] > 0), type(a[0] > 0).__name__)
print(int(t), float(f), str(t), abs(t), -0 + t)
print(np.True_, np.False_, ~np.True_, ~np.False_, repr(np.True_), np.bool_(1), np.bool_(0.0))
print(np.isnan(a[0]), ~np.isnan(a[0]), np.isfinite(a[1]), type(np.isnan(a[0])).__name__)
print([t, f], (t,), {'k': t}, [~t, ~f])
print(f"{t} {f!r} {~t}", "%s %r" % (t, f), "{} {}".format(t, ~f))
print(np.allclose(a, a), repr(np.allclose(a, a)), type(np.allclose(a, a)).__name__)
print(np.isclose(1.0, 1.0), repr(np.isclose(1.0, 1.0)), type(np.isclose(1.0, 1.0)).__name__)
print(max(t, f), sum(b), sum([t, t]))
print(t == f, t != f, t < 2, hash(t) == hash(True))
converged = np.abs(a[0] - 1.0) < 1e-6
if ~converged:
    print("not converged")
else:
    print("converged", ~converged)
done = np.all(np.abs(a) > 0.5)
while ~done:
    done = True
print(done, ~done if isinstance(done, np.bool_) else not done)
