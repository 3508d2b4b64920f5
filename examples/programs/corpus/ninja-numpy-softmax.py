# Backprop ninja in numpy: a tanh MLP on a mini-batch, the cross-entropy's gradient written as dlogits
import numpy as np

rng = np.random.default_rng(42)
n_in, n_hidden, n_classes = 4, 8, 3
X = rng.standard_normal((48, n_in))
Y = rng.integers(0, n_classes, 48)

W1 = rng.standard_normal((n_in, n_hidden)) * (5 / 3) / n_in ** 0.5
b1 = rng.standard_normal(n_hidden) * 0.1
W2 = rng.standard_normal((n_hidden, n_classes)) * 0.1
b2 = np.zeros(n_classes)

batch_size = 16
lr = 0.1
for i in range(30):
    ix = rng.integers(0, X.shape[0], batch_size)
    Xb, Yb = X[ix], Y[ix]
    n = Xb.shape[0]
    # forward
    hpreact = Xb @ W1 + b1
    h = np.tanh(hpreact)
    logits = h @ W2 + b2
    logit_maxes = logits.max(1, keepdims=True)
    norm_logits = logits - logit_maxes
    counts = np.exp(norm_logits)
    probs = counts / counts.sum(1, keepdims=True)
    loss = -np.log(probs[range(n), Yb]).mean()
    # backward
    dlogits = probs.copy()
    dlogits[range(n), Yb] -= 1
    dlogits /= n
    dh = dlogits @ W2.T
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(0)
    dhpreact = (1.0 - h ** 2) * dh
    dW1 = Xb.T @ dhpreact
    db1 = dhpreact.sum(0)
    # update
    for p, grad in zip([W1, b1, W2, b2], [dW1, db1, dW2, db2]):
        p += -lr * grad
    if i % 10 == 0:
        print(f"{i:4d}: {loss:.4f}")
