import numpy as np


class TwoLayerNet(object):

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

        # Compute the forward pass
        hidden_layer = np.maximum(0, np.dot(X, W1) + b1)  # ReLU activation
        scores = np.dot(hidden_layer, W2) + b2
        if y is None:
            return scores

        # Compute the loss
        exp_scores = np.exp(scores)
        probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
        corect_logprobs = -np.log(probs[range(N), y])
        data_loss = np.sum(corect_logprobs) / N
        reg_loss = reg * np.sum(W1 * W1) + reg * np.sum(W2 * W2)
        loss = data_loss + reg_loss

        # Backward pass: compute gradients
        grads = {}
        dscores = probs
        dscores[range(N), y] -= 1
        dscores /= N

        grads['W2'] = np.dot(hidden_layer.T, dscores)
        grads['b2'] = np.sum(dscores, axis=0)
        # next backprop into hidden layer
        dhidden = np.dot(dscores, W2.T)
        # finally into W,b
        grads['W1'] = np.dot(X.T, dhidden)
        grads['b1'] = np.sum(dhidden, axis=0)

        # add regularization gradient contribution
        grads['W2'] += 2 * reg * W2
        grads['W1'] += 2 * reg * W1

        return loss, grads

    def train(self, X, y, learning_rate=1e-3, reg=5e-6, num_iters=100,
              batch_size=4, verbose=False):
        num_train = X.shape[0]
        loss_history = []

        for it in range(num_iters):
            sample_indices = np.random.choice(np.arange(num_train), batch_size)
            X_batch = X[sample_indices]
            y_batch = y[sample_indices]

            # Compute loss and gradients using the current minibatch
            loss, grads = self.loss(X_batch, y=y_batch, reg=reg)
            loss_history.append(loss)

            self.params['W1'] += -learning_rate * grads['W1']
            self.params['b1'] += -learning_rate * grads['b1']
            self.params['W2'] += -learning_rate * grads['W2']
            self.params['b2'] += -learning_rate * grads['b2']

            if verbose and it % 10 == 0:
                print('iteration %d / %d: loss %f' % (it, num_iters, loss))

        return loss_history

    def predict(self, X):
        scores = self.loss(X)
        return np.argmax(scores, axis=1)


np.random.seed(0)
net = TwoLayerNet(4, 10, 3, std=1e-1)
np.random.seed(1)
X = 10 * np.random.randn(8, 4)
y = np.array([0, 1, 2, 2, 1, 0, 2, 1])

loss_history = net.train(X, y, learning_rate=1e-2, reg=1e-3, num_iters=40, verbose=True)
print('Final training loss: ', loss_history[-1])
print('Training accuracy: ', (net.predict(X) == y).mean())
