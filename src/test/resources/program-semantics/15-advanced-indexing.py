import numpy as np
a = np.array([[1.0, -2.0, 3.0], [-0.5, 4.0, -1.0], [2.5, 0.0, -3.0]])
print(a[a > 0].tolist(), a[a < 0].tolist(), a[[0, 2]].tolist(), a[[2, 0], [1, 1]].tolist(), a[:, [0, 2]].tolist())
print(a[np.arange(3), np.array([2, 0, 1])].tolist(), a[range(3), [0, 1, 2]].tolist(), a[1, [True, False, True]].tolist())
print(a[[0, 1]][:, 1].tolist(), a[np.array([[0, 1], [2, 2]])].shape, a[:, None, [0, 1]].shape, a[[1]].tolist(), a[[-1, -3]].tolist())
m = a.copy()
m[m < 0] = 0
print(m.tolist(), a.tolist())
m[m > 2] *= 10
m[[0, 0, 1], [0, 0, 2]] += 1
print(m.tolist())
r = a.copy()
r[r < 0] *= 0.01
print(r.tolist())
scores = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1], [0.1, 0.1, 0.2]])
y = np.array([0, 1, 2, 1])
N = scores.shape[0]
shifted = scores - np.max(scores, axis=1, keepdims=True)
probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
loss = -np.sum(np.log(probs[np.arange(N), y])) / N
dscores = probs.copy()
dscores[np.arange(N), y] -= 1
dscores /= N
print(loss, probs.tolist(), dscores.tolist())
correct = scores[np.arange(N), y]
margins = np.maximum(0, scores - correct[:, np.newaxis] + 1.0)
margins[np.arange(N), y] = 0
print(np.sum(margins) / N, margins.tolist(), (margins > 0).sum(axis=1).tolist())
b = np.zeros(5)
b[[1, 3]] = [7.0, 8.0]
b[b == 0] = np.array([1.0, 2.0, 3.0])
print(b.tolist(), np.log(probs[range(N), y]).tolist())
