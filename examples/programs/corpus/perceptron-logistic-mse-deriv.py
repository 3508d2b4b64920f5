# A single sigmoid neuron (logistic regression) trained sample by sample: w += lr * error * x
import numpy as np

data = np.array([[0.5, 1.2], [1.5, 0.3], [-0.7, -1.1], [-1.2, 0.4], [0.9, -0.2], [-0.3, -0.8]])
labels = np.array([1.0, 1.0, 0.0, 0.0, 1.0, 0.0])

w = np.array([0.1, -0.2])
b = 0.0
lr = 0.3

for epoch in range(25):
    total = 0.0
    for x, target in zip(data, labels):
        prediction = 1 / (1 + np.exp(-(np.dot(x, w) + b)))
        loss = -(target * np.log(prediction) + (1 - target) * np.log(1 - prediction))
        total += loss
        error = target - prediction
        w += lr * error * x * prediction * (1 - prediction)
        b += lr * error
    if epoch % 5 == 0:
        print("epoch", epoch, "mean loss", round(total / len(data), 4))
print("w =", w, "b =", round(b, 4))
