# CS231n style: a TwoLayerNet class with a params dict, a softmax loss and an SGD loop.
import numpy as np


class TwoLayerNet(object):
    """A two-layer fully-connected network."""

    def __init__(self, input_size, hidden_size, output_size, std=1e-1):
        self.params = {}
        self.params["W1"] = std * np.arange(input_size * hidden_size).reshape(input_size, hidden_size) / 10.0
        self.params["b1"] = np.zeros(hidden_size)
        self.params["W2"] = std * np.ones((hidden_size, output_size)) / (hidden_size * output_size)
        self.params["b2"] = np.zeros(output_size)

    def loss(self, X, y=None, reg=0.0):
        W1, b1 = self.params["W1"], self.params["b1"]
        W2, b2 = self.params["W2"], self.params["b2"]
        N, D = X.shape
        h = np.maximum(0, X.dot(W1) + b1)
        scores = h.dot(W2) + b2
        if y is None:
            return scores
        shifted = scores - np.max(scores, axis=1, keepdims=True)
        probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
        loss = -np.sum(np.log(probs[np.arange(N), y])) / N
        loss += reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
        grads = {}
        dscores = probs.copy()
        dscores[np.arange(N), y] -= 1
        dscores /= N
        grads["W2"] = h.T.dot(dscores) + 2 * reg * W2
        grads["b2"] = np.sum(dscores, axis=0)
        dh = dscores.dot(W2.T)
        dh[h <= 0] = 0
        grads["W1"] = X.T.dot(dh) + 2 * reg * W1
        grads["b1"] = np.sum(dh, axis=0)
        return loss, grads

    def train(self, X, y, learning_rate=1e-1, reg=1e-3, num_iters=5, verbose=False):
        loss_history = []
        for it in range(num_iters):
            loss, grads = self.loss(X, y=y, reg=reg)
            loss_history.append(loss)
            for name in self.params:
                self.params[name] -= learning_rate * grads[name]
            if verbose and it % 2 == 0:
                print("iteration %d / %d: loss %f" % (it, num_iters, loss))
        return {"loss_history": loss_history}

    def predict(self, X):
        return np.argmax(self.loss(X), axis=1)


X = np.array([[1.0, 2.0, 0.5, -1.0], [0.0, -1.0, 2.0, 1.0], [3.0, 0.5, -0.5, 0.0]])
y = np.array([0, 1, 2])
net = TwoLayerNet(4, 5, 3)
stats = net.train(X, y, verbose=True)
print("losses:", ["%.6f" % l for l in stats["loss_history"]])
print("predicted:", net.predict(X).tolist(), "shapes:", sorted((k, v.shape) for k, v in net.params.items()))
print(type(net).__name__, isinstance(net, object), len(net.params), "W1" in net.params)
