# CS231n-style layers with a params dict; sigmoid_forward caches its input
import numpy as np

def affine_forward(x, w, b):
    out = x @ w + b
    return out, (x, w, b)

def affine_backward(dout, cache):
    x, w, b = cache
    return dout @ w.T, x.T @ dout, dout.sum(axis=0)

def sigmoid_forward(x):
    return 1.0 / (1.0 + np.exp(-x)), x

def sigmoid_backward(dout, cache):
    x = cache
    return dout * x * (1 - x)

np.random.seed(0)
N, D, H, C = 6, 3, 5, 2
X = np.random.randn(N, D)
y = np.random.randn(N, C)
params = {'W1': np.random.randn(D, H) * 0.1, 'b1': np.zeros(H),
          'W2': np.random.randn(H, C) * 0.1, 'b2': np.zeros(C)}
lr = 0.1
for step in range(30):
    a, cache_a = affine_forward(X, params['W1'], params['b1'])
    h, cache_s = sigmoid_forward(a)
    out, cache_o = affine_forward(h, params['W2'], params['b2'])
    loss = 0.5 * np.sum((out - y) ** 2) / N
    dout = (out - y) / N
    grads = {}
    dh, grads['W2'], grads['b2'] = affine_backward(dout, cache_o)
    da = sigmoid_backward(dh, cache_s)
    _, grads['W1'], grads['b1'] = affine_backward(da, cache_a)
    for k in params:
        params[k] -= lr * grads[k]
    if step % 10 == 0:
        print(f'step {step}: loss = {loss:.6f}')
