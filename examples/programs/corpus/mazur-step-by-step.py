# A Step by Step Backpropagation Example (Matt Mazur): two inputs, two hidden neurons, two output neurons,
# biases b1 and b2 kept fixed, E_total = sum of 1/2 (target - out)^2
import math

i1, i2 = 0.05, 0.10
target_o1, target_o2 = 0.01, 0.99

w1, w2, w3, w4 = 0.15, 0.20, 0.25, 0.30
w5, w6, w7, w8 = 0.40, 0.45, 0.50, 0.55
b1, b2 = 0.35, 0.60
eta = 0.5


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


for step in range(10):
    # The Forward Pass
    net_h1 = w1 * i1 + w2 * i2 + b1 * 1
    out_h1 = sigmoid(net_h1)
    net_h2 = w3 * i1 + w4 * i2 + b1 * 1
    out_h2 = sigmoid(net_h2)

    net_o1 = w5 * out_h1 + w6 * out_h2 + b2 * 1
    out_o1 = sigmoid(net_o1)
    net_o2 = w7 * out_h1 + w8 * out_h2 + b2 * 1
    out_o2 = sigmoid(net_o2)

    # Calculating the Total Error
    E_o1 = 0.5 * (target_o1 - out_o1) ** 2
    E_o2 = 0.5 * (target_o2 - out_o2) ** 2
    E_total = E_o1 + E_o2

    # The Backwards Pass: Output Layer
    dE_dout_o1 = -(target_o1 - out_o1)
    dout_o1_dnet_o1 = out_o1 * (1 - out_o1)
    dE_dout_o2 = -(target_o2 - out_o2)
    dout_o2_dnet_o2 = out_o2 * (1 - out_o2)
    delta_o1 = dE_dout_o1 * dout_o1_dnet_o1
    delta_o2 = dE_dout_o2 * dout_o2_dnet_o2

    dE_dw5 = delta_o1 * out_h1
    dE_dw6 = delta_o1 * out_h2
    dE_dw7 = delta_o2 * out_h1
    dE_dw8 = delta_o2 * out_h2

    # Hidden Layer
    dE_dout_h1 = delta_o1 * w5 + delta_o2 * w7
    dE_dout_h2 = delta_o1 * w6 + delta_o2 * w8
    dout_h1_dnet_h1 = out_h1 * (1 - out_h1)
    dout_h2_dnet_h2 = out_h2 * (1 - out_h2)

    dE_dw1 = dE_dout_h1 * dout_h1_dnet_h1 * i1
    dE_dw2 = dE_dout_h1 * dout_h1_dnet_h1 * i2
    dE_dw3 = dE_dout_h2 * dout_h2_dnet_h2 * i1
    dE_dw4 = dE_dout_h2 * dout_h2_dnet_h2 * i2

    # We perform the actual updates in the neural network after we have the new weights
    w1 = w1 - eta * dE_dw1
    w2 = w2 - eta * dE_dw2
    w3 = w3 - eta * dE_dw3
    w4 = w4 - eta * dE_dw4
    w5 = w5 - eta * dE_dw5
    w6 = w6 - eta * dE_dw6
    w7 = w7 - eta * dE_dw7
    w8 = w8 - eta * dE_dw8

    if step == 0:
        print("E_total =", E_total)
        print("w5+ =", w5, " w6+ =", w6, " w7+ =", w7, " w8+ =", w8)
        print("w1+ =", w1, " w2+ =", w2, " w3+ =", w3, " w4+ =", w4)

print("E_total after %d steps: %.9f" % (step + 1, E_total))
