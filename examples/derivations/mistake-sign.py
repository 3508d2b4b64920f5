# Mistake: the sign of the loss derivative is flipped. For L = ½(o1−y1)² the derivative is
# ∂L/∂out_o1 = out_o1 − y1; this file writes y1 − out_o1 (the error "target minus output", which
# belongs to the update w + η·error, not to the gradient). Every gradient downstream inherits the sign.
d_o1 = y1 - out_o1
d_o2 = y2 - out_o2
delta_o1 = d_o1 * out_o1 * (1 - out_o1)
delta_o2 = d_o2 * out_o2 * (1 - out_o2)
d_w5 = delta_o1 * out_h1
d_w6 = delta_o2 * out_h1
d_w7 = delta_o1 * out_h2
d_w8 = delta_o2 * out_h2
d_h1 = delta_o1 * w5 + delta_o2 * w6
d_h2 = delta_o1 * w7 + delta_o2 * w8
d_w1 = d_h1 * out_h1 * (1 - out_h1) * x1
d_w3 = d_h1 * out_h1 * (1 - out_h1) * x2
d_w2 = d_h2 * out_h2 * (1 - out_h2) * x1
d_w4 = d_h2 * out_h2 * (1 - out_h2) * x2
