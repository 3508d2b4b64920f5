# Mazur's example with from math import *, one planted mistake: delta_o1 drops the minus sign of
# dE/dout_o1 = -(target - out), so every derivative through o1 has the wrong sign
from math import *

i1, i2 = 0.05, 0.10
target_o1, target_o2 = 0.01, 0.99
w1, w2, w3, w4, w5, w6, w7, w8 = 0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55
b1, b2 = 0.35, 0.60
eta = 0.5


def sigmoid(x):
    return 1 / (1 + exp(-x))


for step in range(20):
    out_h1 = sigmoid(w1 * i1 + w2 * i2 + b1)
    out_h2 = sigmoid(w3 * i1 + w4 * i2 + b1)
    out_o1 = sigmoid(w5 * out_h1 + w6 * out_h2 + b2)
    out_o2 = sigmoid(w7 * out_h1 + w8 * out_h2 + b2)
    E_total = 0.5 * pow(target_o1 - out_o1, 2) + 0.5 * pow(target_o2 - out_o2, 2)

    delta_o1 = (target_o1 - out_o1) * out_o1 * (1 - out_o1)
    delta_o2 = -(target_o2 - out_o2) * out_o2 * (1 - out_o2)
    dE_dw5, dE_dw6 = delta_o1 * out_h1, delta_o1 * out_h2
    dE_dw7, dE_dw8 = delta_o2 * out_h1, delta_o2 * out_h2
    delta_h1 = (delta_o1 * w5 + delta_o2 * w7) * out_h1 * (1 - out_h1)
    delta_h2 = (delta_o1 * w6 + delta_o2 * w8) * out_h2 * (1 - out_h2)
    dE_dw1, dE_dw2 = delta_h1 * i1, delta_h1 * i2
    dE_dw3, dE_dw4 = delta_h2 * i1, delta_h2 * i2

    w1, w2, w3, w4 = w1 - eta * dE_dw1, w2 - eta * dE_dw2, w3 - eta * dE_dw3, w4 - eta * dE_dw4
    w5, w6, w7, w8 = w5 - eta * dE_dw5, w6 - eta * dE_dw6, w7 - eta * dE_dw7, w8 - eta * dE_dw8
    if step % 5 == 0:
        print(f"step {step}: E_total = {E_total:.9f}, rms error = {sqrt(2 * E_total / 2):.6f}, pi = {pi}")
print(w1, w5, floor(w8 * 100) / 100, isclose(w1, 0.15, abs_tol=0.01))
