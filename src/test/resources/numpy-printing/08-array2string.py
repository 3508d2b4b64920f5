import numpy as np

# np.array2string, np.array_str and np.array_repr, as students print weights
w = np.array([0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8]) / 3
W = np.array([[0.123456789, -1.5], [1e-5, 2.0]])
print("w =", np.array2string(w, precision=4))
print(np.array2string(w, precision=3, separator=', '))
print(np.array2string(W, separator=','))
print(np.array2string(W, precision=2, suppress_small=True))
print(np.array2string(np.arange(20) / 7, max_line_width=40, precision=3))
print("W = " + np.array2string(W, prefix="W = ", precision=3))
print(np.array2string(np.arange(30) / 9, prefix="long prefix: ", separator=', ', suffix=')'))
print(np.array2string(np.array([1, 2, 3])), np.array2string(np.array([True, False])))
print(np.array2string(np.array([])))
print(np.array_str(W, precision=2), np.array_str(w, 50, 3, True))
print(np.array_repr(W, precision=3))
print(np.array_repr(np.arange(12) / 7, max_line_width=40))
print(np.array2string(np.array([0.5, 0.25], dtype=np.float32) / 3))
np.set_printoptions(precision=3)
print(np.array2string(W), np.array2string(W, precision=6))
