# Week 3 practice: a shallow neural network with a sigmoid hidden layer
# X has shape (n_x, m), Y has shape (1, m); parameters and gradients are kept in dictionaries
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(1)
    parameters = {
        "W1": np.random.randn(n_h, n_x) * 0.01,
        "b1": np.zeros((n_h, 1)),
        "W2": np.random.randn(n_y, n_h) * 0.01,
        "b2": np.zeros((n_y, 1)),
    }
    return parameters


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = sigmoid(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache


def compute_cost(A2, Y):
    m = Y.shape[1]
    cost = -1 / m * np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
    return np.squeeze(cost)


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    A1 = cache["A1"]
    A2 = cache["A2"]

    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(parameters["W2"].T, dZ2)
    dZ1 = dA1 * A1 * (1 - A1)
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)

    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(parameters, grads, learning_rate):
    parameters["W1"] = parameters["W1"] - learning_rate * grads["dW1"]
    parameters["b1"] = parameters["b1"] - learning_rate * grads["db1"]
    parameters["W2"] = parameters["W2"] - learning_rate * grads["dW2"]
    parameters["b2"] = parameters["b2"] - learning_rate * grads["db2"]
    return parameters


X = np.array([[1.0, 2.0, -1.0, 0.5, -1.5, 0.0],
              [0.5, -0.3, 1.2, 2.0, -0.7, 1.1],
              [-1.0, 0.8, 0.3, -0.2, 1.4, -0.9]])
Y = np.array([[1, 1, 0, 1, 0, 0]])

parameters = initialize_parameters(X.shape[0], 3, Y.shape[0])
costs = []
for i in range(150):
    A2, cache = forward_propagation(X, parameters)
    cost = compute_cost(A2, Y)
    grads = backward_propagation(parameters, cache, X, Y)
    parameters = update_parameters(parameters, grads, learning_rate=0.5)
    if i % 10 == 0:
        costs.append(cost)
    if i % 50 == 0:
        print("Cost after iteration {}: {}".format(i, cost))

print("costs:", np.round(costs, 5))
A2, _ = forward_propagation(X, parameters)
print("predictions:", (A2 > 0.5).astype(int))
print("b2 =", parameters["b2"])
