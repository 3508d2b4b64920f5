# Backprop ninja with a mistake: the gradient of the mean cross-entropy forgets the 1/n of the mean, so dlogits
# and every gradient computed from it are n times too large.
import torch
import torch.nn.functional as F

torch.manual_seed(42)
n, d, h_size, c = 8, 3, 5, 4  # samples, inputs, hidden units, classes
X = torch.randn(n, d)
Y = torch.randint(0, c, (n,))
W1 = torch.randn(d, h_size) * 0.5
b1 = torch.randn(h_size) * 0.1
W2 = torch.randn(h_size, c) * 0.5
b2 = torch.randn(c) * 0.1
parameters = [W1, b1, W2, b2]
for p in parameters:
    p.requires_grad = True


def cmp(s, dt, t):
    ex = torch.all(dt == t.grad).item()
    app = torch.allclose(dt, t.grad)
    maxdiff = (dt - t.grad).abs().max().item()
    print(f'{s:15s} | exact: {str(ex):5s} | approximate: {str(app):5s} | maxdiff: {maxdiff:.1e}')


# forward pass, chunked into the steps the backward pass goes through
hpre = X @ W1 + b1
h = torch.tanh(hpre)
logits = h @ W2 + b2
loss = F.cross_entropy(logits, Y)

for p in parameters:
    p.grad = None
for t in [logits, h, hpre]:
    t.retain_grad()
loss.backward()
print('loss', round(loss.item(), 4))

# backward pass by hand
dlogits = F.softmax(logits, 1)
dlogits[range(n), Y] -= 1
# dlogits /= n  (forgotten: the loss is a mean over the n samples)
dW2 = h.T @ dlogits
db2 = dlogits.sum(0)
dh = dlogits @ W2.T
dhpre = (1.0 - h ** 2) * dh
dW1 = X.T @ dhpre
db1 = dhpre.sum(0)

cmp('logits', dlogits, logits)
cmp('W2', dW2, W2)
cmp('b2', db2, b2)
cmp('h', dh, h)
cmp('hpre', dhpre, hpre)
cmp('W1', dW1, W1)
cmp('b1', db1, b1)
