# d2l's linear regression from scratch (section 3.2) with a planted mistake: sgd steps UP the gradient (line 41),
# squared_loss, l.sum().backward(), and sgd by hand that adds lr * param.grad / batch_size, then param.grad.zero_().
# data_iter returns its minibatches in a list (d2l's yields them; bpdiff refuses yield) in order (d2l shuffles).
import torch

true_w = torch.tensor([2.0, -3.4])
true_b = 4.2
features = torch.tensor([[0.1, -0.5], [1.2, 0.3], [-0.7, 0.8], [0.4, 1.5], [-1.1, -0.2],
                         [0.9, -1.3], [0.0, 0.6], [-0.3, -0.9], [1.5, 0.2], [-0.8, 1.1]])
labels = (torch.matmul(features, true_w) + true_b).reshape((-1, 1))


def data_iter(batch_size, features, labels):
    num_examples = len(features)
    indices = list(range(num_examples))
    batches = []
    for i in range(0, num_examples, batch_size):
        batch_indices = torch.tensor(indices[i: min(i + batch_size, num_examples)])
        batches.append((features[batch_indices], labels[batch_indices]))
    return batches


w = torch.tensor([[0.01], [-0.02]], requires_grad=True)
b = torch.zeros(1, requires_grad=True)


def linreg(X, w, b):
    """The linear regression model."""
    return torch.matmul(X, w) + b


def squared_loss(y_hat, y):
    """Squared loss."""
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):
    """Minibatch stochastic gradient descent."""
    with torch.no_grad():
        for param in params:
            param += lr * param.grad / batch_size
            param.grad.zero_()


lr = 0.03
num_epochs = 3
batch_size = 5
net = linreg
loss = squared_loss

for epoch in range(num_epochs):
    for X, y in data_iter(batch_size, features, labels):
        l = loss(net(X, w, b), y)
        l.sum().backward()
        sgd([w, b], lr, batch_size)
    with torch.no_grad():
        train_l = loss(net(features, w, b), labels)
        print(f'epoch {epoch + 1}, loss {float(train_l.mean()):.4f}')
print(f'error in estimating w: {true_w - w.reshape(true_w.shape)}')
print(f'error in estimating b: {true_b - b}')
