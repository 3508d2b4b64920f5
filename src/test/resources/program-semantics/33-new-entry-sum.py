# CS231n's grads['W2'] = dW2 + reg * W2 into an empty dict: the entry does not exist before the assignment
import numpy as np

W1 = np.array([[0.5, -0.2], [0.1, 0.3]])
W2 = np.array([0.7, -0.4])
dW1 = np.array([[0.01, 0.02], [-0.03, 0.04]])
dW2 = W2 * 0.5
reg = 0.1
grads = {}
grads['W1'] = dW1 + reg * W1
grads['W2'] = dW2 - reg * W2
print(grads['W1'], grads['W2'])
steps = [0.0]
steps[0] = steps[0] + 1.5
cache = {}
try:
    cache['x'] = cache['x'] + dW2
except KeyError as e:
    print("KeyError", e)
print(steps, sorted(grads))
