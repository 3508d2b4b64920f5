import numpy as np

# Two-layer network for the toy dataset (N = 5 examples, D = 4, H = 5 hidden units, C = 3 classes)


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, std=1e-1):
        self.params = {
            'W1': std * np.random.randn(input_size, hidden_size),
            'b1': np.zeros(hidden_size),
            'W2': std * np.random.randn(hidden_size, output_size),
            'b2': np.zeros(output_size),
        }

    def loss(self, X, y, reg=0.0):
        W1, b1, W2, b2 = self.params['W1'], self.params['b1'], self.params['W2'], self.params['b2']
        N = X.shape[0]

        h = np.maximum(0, X.dot(W1) + b1)
        scores = h.dot(W2) + b2
        scores -= np.max(scores, axis=1, keepdims=True)
        p = np.exp(scores) / np.sum(np.exp(scores), axis=1, keepdims=True)
        loss = np.mean(-np.log(p[np.arange(N), y])) + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))

        grads = {}
        dscores = p.copy()
        dscores[np.arange(N), y] -= 1
        dscores /= N
        grads['W2'] = h.T.dot(dscores) + reg * W2
        grads['b2'] = np.sum(dscores, axis=0)
        dh = dscores.dot(W2.T)
        dh[h <= 0] = 0
        grads['W1'] = X.T.dot(dh) + reg * W1
        grads['b1'] = np.sum(dh, axis=1)
        return loss, grads


np.random.seed(0)
net = TwoLayerNet(4, 5, 3)
np.random.seed(1)
X = 10 * np.random.randn(5, 4)
y = np.array([0, 1, 2, 2, 1])

lr = 0.05
reg = 0.05
losses = []
for step in range(50):
    loss, grads = net.loss(X, y, reg)
    losses.append(loss)
    for key in net.params:
        net.params[key] -= lr * grads[key]

print("first loss:", losses[0])
print("last loss:", losses[-1])
print("b1:", net.params['b1'])
