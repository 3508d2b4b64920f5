# CS231n assignment 1: a linear softmax classifier, the loss and gradient with explicit loops (softmax_loss_naive)
import numpy as np


def softmax_loss_naive(W, X, y, reg):
    """
    Softmax loss function, naive implementation (with loops)

    Inputs have dimension D, there are C classes, and we operate on minibatches of N examples.
    """
    # Initialize the loss and gradient to zero.
    loss = 0.0
    dW = np.zeros_like(W)

    num_train = X.shape[0]
    num_classes = W.shape[1]
    for i in range(num_train):
        scores = X[i].dot(W)
        scores -= np.max(scores)  # numeric stability
        exp_scores = np.exp(scores)
        probs = exp_scores / np.sum(exp_scores)
        loss += -np.log(probs[y[i]])
        for j in range(num_classes):
            dW[:, j] += probs[j] * X[i]

    loss /= num_train
    dW /= num_train

    loss += reg * np.sum(W * W)
    dW += 2 * reg * W

    return loss, dW


np.random.seed(1)
N, D, C = 8, 4, 3
X = np.random.randn(N, D)
y = np.random.randint(C, size=N)
W = np.random.randn(D, C) * 0.0001

loss, grad = softmax_loss_naive(W, X, y, 0.0)
# As a rough sanity check, our loss should be something close to -log(0.1).
print('loss: %f' % loss)
print('sanity check: %f' % (-np.log(1.0 / C)))

learning_rate = 0.5
reg = 1e-2
for it in range(60):
    loss, grad = softmax_loss_naive(W, X, y, reg)
    W -= learning_rate * grad
    if it % 20 == 0:
        print('iteration %d: loss %f' % (it, loss))
print('training accuracy: %.2f' % np.mean(np.argmax(X.dot(W), axis=1) == y))
