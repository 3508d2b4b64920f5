# Mistake: a value from after the update is used. The output-layer weights are updated
# (w5 = w5 - lr * d_w5, …) before the error is back-propagated to the hidden layer, so d_h1 uses the
# new w5, w6 where the values before the update belong. Update all weights only after all gradients.
d_o1 = out_o1 - y1
d_o2 = out_o2 - y2
delta_o1 = d_o1 * out_o1 * (1 - out_o1)
delta_o2 = d_o2 * out_o2 * (1 - out_o2)
d_w5 = delta_o1 * out_h1
d_w6 = delta_o2 * out_h1
d_w7 = delta_o1 * out_h2
d_w8 = delta_o2 * out_h2
w5 = w5 - lr * d_w5
w6 = w6 - lr * d_w6
w7 = w7 - lr * d_w7
w8 = w8 - lr * d_w8
d_h1 = delta_o1 * w5 + delta_o2 * w6
d_h2 = delta_o1 * w7 + delta_o2 * w8
d_w1 = d_h1 * out_h1 * (1 - out_h1) * x1
d_w3 = d_h1 * out_h1 * (1 - out_h1) * x2
d_w2 = d_h2 * out_h2 * (1 - out_h2) * x1
d_w4 = d_h2 * out_h2 * (1 - out_h2) * x2
