# CS231n's softmax loss: probabilities by np.exp / np.sum(keepdims=True), the log of the right class picked by
# scores[np.arange(N), y], the maximum subtracted for stability, L2 regularisation
import numpy as np
X = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-1.0, 1.0, 0.5], [0.0, 2.0, 1.0]])
W = np.array([[0.1, -0.2], [0.3, 0.05], [-0.15, 0.2]])
b = np.array([0.01, -0.02])
y = np.array([1, 0, 1, 1])
N = X.shape[0]
scores = X @ W + b
scores = scores - np.max(scores, axis=1, keepdims=True)
probs = np.exp(scores) / np.sum(np.exp(scores), axis=1, keepdims=True)
correct = -np.log(probs[range(N), y])
L = np.sum(correct) / N + 0.5 * 0.1 * np.sum(W * W)
