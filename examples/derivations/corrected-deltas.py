# The lecture's chain rule written with deltas, one step per line; every formula agrees with autograd.
# delta_o1 is δo1 = ∂L/∂in_o1, d_h1 is ∂L/∂out_h1, delta_h1 is δh1 = ∂L/∂in_h1.
d_o1 = out_o1 - y1                          # ∂L/∂out_o1 of L = ½(o1−y1)² + ½(o2−y2)²
d_o2 = out_o2 - y2
delta_o1 = d_o1 * out_o1 * (1 - out_o1)     # sigmoid'(in_o1) = out_o1·(1−out_o1)
delta_o2 = d_o2 * out_o2 * (1 - out_o2)
d_w5, d_w7 = delta_o1 * out_h1, delta_o1 * out_h2
d_w6, d_w8 = delta_o2 * out_h1, delta_o2 * out_h2

d_h1 = delta_o1 * w5 + delta_o2 * w6        # h1 reaches the loss through o1 (w5) and o2 (w6)
d_h2 = delta_o1 * w7 + delta_o2 * w8
delta_h1 = d_h1 * out_h1 * (1 - out_h1)
delta_h2 = d_h2 * out_h2 * (1 - out_h2)
d_w1, d_w3 = delta_h1 * x1, delta_h1 * x2
d_w2, d_w4 = delta_h2 * x1, delta_h2 * x2
