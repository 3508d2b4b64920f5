# two-layer net: affine - relu - affine - softmax, trained with plain gradient descent on a toy problem
import numpy as np


class TwoLayerNet:

    def __init__(self, input_size, hidden_size, output_size, std=1e-1):
        self.params = {}
        self.params['W1'] = std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.params['W2'] = std * np.random.randn(hidden_size, output_size)
        self.params['b2'] = np.zeros(output_size)

    def loss(self, X, y, reg=0.0):
        W1, b1 = self.params['W1'], self.params['b1']
        W2, b2 = self.params['W2'], self.params['b2']
        N = X.shape[0]

        # forward pass
        hidden = np.maximum(0, X @ W1 + b1)
        scores = hidden @ W2 + b2

        # softmax loss
        scores = scores - scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        data_loss = -np.log(probs[np.arange(N), y]).mean()
        reg_loss = reg * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
        loss = data_loss + reg_loss

        # backward pass
        dscores = probs
        dscores[np.arange(N), y] -= 1
        dscores /= N

        grads = {}
        grads['W2'] = hidden.T @ dscores + 2 * reg * W2
        grads['b2'] = dscores.sum(axis=0)
        dhidden = dscores @ W2.T
        dhidden[hidden <= 0] = 0
        grads['W1'] = X.T @ dhidden + 2 * reg * W1
        grads['b1'] = dhidden.sum(axis=0)
        return loss, grads


np.random.seed(0)
net = TwoLayerNet(4, 6, 3)

X = np.array([[1.2, -0.4, 0.3, 2.0],
              [-0.7, 1.5, -1.1, 0.2],
              [0.4, 0.9, 1.8, -0.6],
              [-1.6, -0.3, 0.5, 0.8],
              [0.9, 1.1, -0.2, -1.4],
              [0.1, -1.7, 0.6, 0.3]])
y = np.array([0, 1, 2, 1, 2, 0])

learning_rate = 0.5
reg = 1e-3
for it in range(60):
    loss, grads = net.loss(X, y, reg)
    for k in net.params:
        net.params[k] -= learning_rate * grads[k]
    if it % 10 == 0:
        print("iteration %d: loss %.6f" % (it, loss))

scores = np.maximum(0, X @ net.params['W1'] + net.params['b1']) @ net.params['W2'] + net.params['b2']
print("predicted:", np.argmax(scores, axis=1), "true:", y)
print("training accuracy:", np.mean(np.argmax(scores, axis=1) == y))
