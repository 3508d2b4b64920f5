import numpy as np

# XOR: 2 inputs, 3 hidden tanh units, 1 tanh output
# stochastic gradient descent, one example per update

X = np.array([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
Y = np.array([[-1.], [1.], [1.], [-1.]])

rng_seed = 7
np.random.seed(rng_seed)
W1 = np.random.randn(3, 2) * 0.5
b1 = np.zeros((3, 1))
W2 = np.random.randn(1, 3) * 0.5
b2 = np.zeros((1, 1))

eta = 0.05
epochs = 50

for ep in range(epochs):
    err_sum = 0
    for k in range(len(X)):
        x = X[k].reshape(2, 1)
        y = Y[k].reshape(1, 1)

        # forward pass
        z1 = W1.dot(x) + b1
        a1 = np.tanh(z1)
        z2 = W2.dot(a1) + b2
        a2 = np.tanh(z2)
        E = 0.5 * np.sum((a2 - y) ** 2)
        err_sum += E

        # output layer
        d_out = (a2 - y) * (1 - a2 ** 2)
        W2 = W2 - eta * d_out.dot(a1.T)
        b2 = b2 - eta * d_out

        # hidden layer
        d_hidden = W2.T.dot(d_out) * (1 - a1 ** 2)
        W1 = W1 - eta * d_hidden.dot(x.T)
        b1 = b1 - eta * d_hidden

    if ep % 10 == 9:
        print("epoch", ep + 1, "mean error", round(err_sum / len(X), 6))

print("W1 =")
print(W1)
