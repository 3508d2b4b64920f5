# A vanilla RNN read to the end of a short sequence, trained by back-propagation through time (min-char-rnn style)
import numpy as np

np.random.seed(0)
T, n_in, n_h = 4, 2, 3
xs = [np.random.randn(n_in, 1) for _ in range(T)]
target = np.array([[0.5]])
Wxh = np.random.randn(n_h, n_in) * 0.3
Whh = np.random.randn(n_h, n_h) * 0.3
Why = np.random.randn(1, n_h) * 0.3
lr = 0.1
for epoch in range(30):
    hs = {-1: np.zeros((n_h, 1))}
    for t in range(T):
        hs[t] = np.tanh(Wxh @ xs[t] + Whh @ hs[t - 1])
    y = Why @ hs[T - 1]
    loss = 0.5 * np.sum((y - target) ** 2)
    dy = y - target
    dWhy = dy @ hs[T - 1].T
    dh = Why.T @ dy
    dWxh, dWhh = np.zeros_like(Wxh), np.zeros_like(Whh)
    for t in reversed(range(T)):
        dhraw = (1 - hs[t] ** 2) * dh
        dWxh += dhraw @ xs[t].T
        dWhh += dhraw @ hs[t - 1].T
        dh = Whh.T @ dhraw
    Wxh -= lr * dWxh
    Whh -= lr * dWhh
    Why -= lr * dWhy
    if epoch % 10 == 0:
        print(f"{epoch} {loss:.6f}")
