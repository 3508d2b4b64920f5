import math

# homework 2 in plain Python: weights and gradients in dicts, the step a dict comprehension


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
w = {'w1': 0.2, 'w2': -0.4, 'w3': 0.5, 'w4': 0.6, 'w5': 0.1, 'w6': -0.5, 'w7': -0.3, 'w8': 0.8}
lr = 0.6

for epoch in range(1, 41):
    out_h1 = sigmoid(w['w1'] * x1 + w['w3'] * x2)
    out_h2 = sigmoid(w['w2'] * x1 + w['w4'] * x2)
    out_o1 = sigmoid(w['w5'] * out_h1 + w['w7'] * out_h2)
    out_o2 = sigmoid(w['w6'] * out_h1 + w['w8'] * out_h2)
    loss = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2

    delta_o1 = (out_o1 - y1) * out_o1 * (1 - out_o1)
    delta_o2 = (out_o2 - y2) * out_o2 * (1 - out_o2)
    delta_h1 = (delta_o1 * w['w5'] + delta_o2 * w['w6']) * out_h1 * (1 - out_h1)
    delta_h2 = (delta_o1 * w['w7'] + delta_o2 * w['w8']) * out_h2 * (1 - out_h2)

    grads = {
        'w1': delta_h1 * x1, 'w2': delta_h2 * x1, 'w3': delta_h1 * x2, 'w4': delta_h2 * x2,
        'w5': delta_o1 * out_h1, 'w6': delta_o2 * out_h2, 'w7': delta_o1 * out_h2, 'w8': delta_o2 * out_h2,
    }
    w = {k: v - lr * grads[k] for k, v in w.items()}

    if epoch % 10 == 0:
        print(f"epoch {epoch:3d}  loss {loss:.6f}  o1={out_o1:.4f} o2={out_o2:.4f}")

print({k: round(v, 4) for k, v in w.items()})
