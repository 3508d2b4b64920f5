import numpy as np


class TwoLayerNet(object):
    """ input - fully connected layer - ReLU - fully connected layer - softmax """

    def __init__(self, input_size, hidden_size, output_size, std=1e-4):
        self.params = {}
        self.params['W1'] = std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.params['W2'] = std * np.random.randn(hidden_size, output_size)
        self.params['b2'] = np.zeros(output_size)

    def loss(self, X, y=None, reg=0.0):
        W1, b1 = self.params['W1'], self.params['b1']
        W2, b2 = self.params['W2'], self.params['b2']
        N, D = X.shape

        # forward pass
        z1 = X.dot(W1) + b1
        a1 = np.maximum(0, z1)
        scores = a1.dot(W2) + b2
        if y is None:
            return scores

        # softmax loss + L2 regularization
        exp_scores = np.exp(scores - np.max(scores, axis=1, keepdims=True))
        probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
        correct_logprobs = -np.log(probs[np.arange(N), y])
        data_loss = np.sum(correct_logprobs) / N
        reg_loss = reg * np.sum(W1 * W1) + reg * np.sum(W2 * W2)
        loss = data_loss + reg_loss

        # backward pass
        grads = {}
        dscores = probs
        dscores[np.arange(N), y] -= 1
        dscores /= N
        grads['W2'] = np.dot(a1.T, dscores)
        grads['b2'] = np.sum(dscores, axis=0)
        da1 = np.dot(dscores, W2.T)
        dz1 = da1 * (z1 > 0)
        grads['W1'] = np.dot(X.T, dz1)
        grads['b1'] = np.sum(dz1, axis=0)

        # add regularization gradient contribution
        grads['W2'] += reg * W2
        grads['W1'] += reg * W1
        return loss, grads


def sgd(net, X, y, learning_rate=1e-1, reg=1e-2, num_iters=50, print_every=10):
    history = []
    for i in range(num_iters):
        loss, grads = net.loss(X, y, reg=reg)
        history.append(loss)
        for name in ['W1', 'b1', 'W2', 'b2']:
            net.params[name] -= learning_rate * grads[name]
        if i % print_every == 0:
            print('iter {:3d}  loss {:.5f}'.format(i, loss))
    return history


np.random.seed(0)
net = TwoLayerNet(3, 8, 3, std=0.5)
X = np.array([[0.8, -1.2, 0.5],
              [-0.3, 0.7, 1.9],
              [1.5, 0.2, -0.6],
              [-1.1, -0.9, 0.4],
              [0.6, 1.3, -1.7],
              [-0.2, -0.5, 0.9]])
y = np.array([2, 0, 1, 1, 0, 2])
history = sgd(net, X, y, learning_rate=0.2, reg=0.05, num_iters=50)
print("loss went from", round(history[0], 4), "to", round(history[-1], 4))
