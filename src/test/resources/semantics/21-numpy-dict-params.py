# deeplearning.ai style: parameters and grads in dicts of numpy arrays, L layers.
import numpy as np

np.random.seed(1)
layer_dims = [3, 4, 1]
parameters = {}
for l in range(1, len(layer_dims)):
    parameters["W" + str(l)] = np.ones((layer_dims[l], layer_dims[l - 1])) * 0.1 * l
    parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
X = np.array([[1.0, 2.0], [0.5, -1.0], [0.0, 1.0]])
Y = np.array([[1.0, 0.0]])
for i in range(3):
    A1 = np.tanh(parameters["W1"] @ X + parameters["b1"])
    A2 = 1 / (1 + np.exp(-(parameters["W2"] @ A1 + parameters["b2"])))
    cost = float(-np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)))
    dZ2 = A2 - Y
    grads = {"dW2": dZ2 @ A1.T / 2, "db2": np.sum(dZ2, axis=1, keepdims=True) / 2}
    dZ1 = (parameters["W2"].T @ dZ2) * (1 - A1 ** 2)
    grads["dW1"] = dZ1 @ X.T / 2
    grads["db1"] = np.sum(dZ1, axis=1, keepdims=True) / 2
    for l in range(1, 3):
        parameters["W" + str(l)] = parameters["W" + str(l)] - 0.1 * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - 0.1 * grads["db" + str(l)]
    print(f"iteration {i}: cost {cost:.8f}")
print(sorted(parameters), {k: v.shape for k, v in parameters.items()}, len(grads))
print(f"{float(parameters['W2'][0, 0]):.8f} {float(parameters['b1'][2, 0]):.8f}")
