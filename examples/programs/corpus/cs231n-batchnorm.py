# CS231n assignment 2: batch normalization between an affine layer and a ReLU (train-mode batchnorm_forward,
# batchnorm_backward_alt), in a two-layer net trained by SGD
import numpy as np


def affine_forward(x, w, b):
    out = x.dot(w) + b
    cache = (x, w, b)
    return out, cache


def affine_backward(dout, cache):
    x, w, b = cache
    dx = dout.dot(w.T)
    dw = x.T.dot(dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db


def batchnorm_forward(x, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    sample_mean = np.mean(x, axis=0)
    sample_var = np.var(x, axis=0)
    x_hat = (x - sample_mean) / np.sqrt(sample_var + eps)
    out = gamma * x_hat + beta
    cache = (x, x_hat, sample_mean, sample_var, gamma, eps)
    return out, cache


def batchnorm_backward_alt(dout, cache):
    x, x_hat, mean, var, gamma, eps = cache
    N = x.shape[0]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx_hat = dout * gamma
    std_inv = 1.0 / np.sqrt(var + eps)
    dx = (1.0 / N) * std_inv * (N * dx_hat - np.sum(dx_hat, axis=0) - x_hat * np.sum(dx_hat * x_hat, axis=0))
    return dx, dgamma, dbeta


def softmax_loss(x, y):
    shifted_logits = x - np.max(x, axis=1, keepdims=True)
    Z = np.sum(np.exp(shifted_logits), axis=1, keepdims=True)
    log_probs = shifted_logits - np.log(Z)
    probs = np.exp(log_probs)
    N = x.shape[0]
    loss = -np.sum(log_probs[np.arange(N), y]) / N
    dx = probs.copy()
    dx[np.arange(N), y] -= 1
    dx /= N
    return loss, dx


np.random.seed(231)
N, D, H, C = 10, 5, 7, 3
X = np.random.randn(N, D)
y = np.random.randint(C, size=N)
params = {
    "W1": np.random.randn(D, H) * 0.5, "b1": np.zeros(H),
    "gamma1": np.ones(H), "beta1": np.zeros(H),
    "W2": np.random.randn(H, C) * 0.5, "b2": np.zeros(C),
}
bn_param = {"mode": "train"}

learning_rate = 0.2
for t in range(50):
    a, fc_cache = affine_forward(X, params["W1"], params["b1"])
    a_bn, bn_cache = batchnorm_forward(a, params["gamma1"], params["beta1"], bn_param)
    h = np.maximum(0, a_bn)
    scores, fc2_cache = affine_forward(h, params["W2"], params["b2"])
    loss, dscores = softmax_loss(scores, y)

    grads = {}
    dh, grads["W2"], grads["b2"] = affine_backward(dscores, fc2_cache)
    da_bn = dh * (a_bn > 0)
    da, grads["gamma1"], grads["beta1"] = batchnorm_backward_alt(da_bn, bn_cache)
    dX, grads["W1"], grads["b1"] = affine_backward(da, fc_cache)

    for k in params:
        params[k] -= learning_rate * grads[k]
    if t % 10 == 0:
        print("iteration %2d  loss %.6f" % (t, loss))
print("final loss %.6f" % loss)
