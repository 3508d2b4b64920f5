import numpy as np
import matplotlib.pyplot as plt

# XOR with numpy: a hidden layer of 3 tanh neurons and a sigmoid output neuron, updated after every example


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])
expected_output = np.array([[0], [1], [1], [0]])

epochs = 40
lr = 0.5
inputLayerNeurons, hiddenLayerNeurons, outputLayerNeurons = 2, 3, 1

# Random weights and bias initialization
np.random.seed(3)
hidden_weights = np.random.uniform(size=(inputLayerNeurons, hiddenLayerNeurons))
hidden_bias = np.random.uniform(size=(1, hiddenLayerNeurons))
output_weights = np.random.uniform(size=(hiddenLayerNeurons, outputLayerNeurons))
output_bias = np.random.uniform(size=(1, outputLayerNeurons))

print("Initial hidden weights: ", end='')
print(*hidden_weights)
print("Initial output weights: ", end='')
print(*output_weights)

history = []
for _ in range(epochs):
    epoch_loss = 0
    for n in range(4):
        x = inputs[n:n + 1]
        target = expected_output[n:n + 1]

        # Forward Propagation
        hidden_layer_activation = np.dot(x, hidden_weights)
        hidden_layer_activation += hidden_bias
        hidden_layer_output = np.tanh(hidden_layer_activation)

        output_layer_activation = np.dot(hidden_layer_output, output_weights)
        output_layer_activation += output_bias
        predicted_output = sigmoid(output_layer_activation)

        loss = np.sum((target - predicted_output) ** 2) / 2
        epoch_loss += loss

        # Backpropagation
        error = target - predicted_output
        d_predicted_output = error * predicted_output * (1 - predicted_output)

        error_hidden_layer = d_predicted_output.dot(output_weights.T)
        d_hidden_layer = error_hidden_layer * (1 - hidden_layer_output ** 2)

        # Updating Weights and Biases
        output_weights += hidden_layer_output.T.dot(d_predicted_output) * lr
        output_bias += np.sum(d_predicted_output, axis=0, keepdims=True) * lr
        hidden_weights += x.T.dot(d_hidden_layer) * lr
        hidden_bias -= np.sum(d_hidden_layer, axis=0, keepdims=True) * lr

    history.append(epoch_loss)

print("Final hidden weights: ", end='')
print(*hidden_weights)
print("Final hidden bias: ", end='')
print(*hidden_bias)
print("Final output weights: ", end='')
print(*output_weights)
print("Final output bias: ", end='')
print(*output_bias)
print("loss after", epochs, "epochs:", history[-1])

plt.plot(history)
plt.show()
