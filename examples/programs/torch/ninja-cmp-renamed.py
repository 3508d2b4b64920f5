# Backprop ninja (makemore part 4) with the gradients named after the layers, not the weights: each hand gradient
# says which parameter it is through cmp, which compares it with that parameter's .grad. Every gradient is right.
import torch

torch.manual_seed(3)
n = 6
X = torch.randn(n, 4)
Y = torch.randint(0, 3, (n,))
Wh = (torch.randn(4, 5) * 0.5).requires_grad_()
Wo = (torch.randn(5, 3) * 0.5).requires_grad_()
bo = torch.zeros(3, requires_grad=True)


def cmp(s, dt, t):
    ex = torch.all(dt == t.grad).item()
    app = torch.allclose(dt, t.grad)
    print(f'{s:6s} | exact: {str(ex):5s} | approximate: {str(app):5s}')


hidden = torch.tanh(X @ Wh)
logits = hidden @ Wo + bo
loss = torch.nn.functional.cross_entropy(logits, Y)
loss.backward()
print(f'loss {loss.item():.4f}')

dlogits = torch.softmax(logits, 1)
dlogits[range(n), Y] -= 1
dlogits /= n
d_output_layer = hidden.T @ dlogits
d_output_bias = dlogits.sum(0)
d_hidden_act = dlogits @ Wo.T
d_hidden_layer = X.T @ ((1 - hidden ** 2) * d_hidden_act)
cmp('Wo', d_output_layer, Wo)
cmp('bo', d_output_bias, bo)
cmp('Wh', d_hidden_layer, Wh)
