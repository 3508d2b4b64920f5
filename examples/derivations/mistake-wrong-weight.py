# Mistake: a weight from the wrong connection. h1 reaches o2 through w6 (in_o2 = w6·out_h1 + w8·out_h2);
# this file back-propagates δo2 to h1 through w7, the weight of the connection h2 → o1.
d_o1 = out_o1 - y1
d_o2 = out_o2 - y2
delta_o1 = d_o1 * out_o1 * (1 - out_o1)
delta_o2 = d_o2 * out_o2 * (1 - out_o2)
d_w5 = delta_o1 * out_h1
d_w6 = delta_o2 * out_h1
d_w7 = delta_o1 * out_h2
d_w8 = delta_o2 * out_h2
d_h1 = delta_o1 * w5 + delta_o2 * w7
d_h2 = delta_o1 * w7 + delta_o2 * w8
d_w1 = d_h1 * out_h1 * (1 - out_h1) * x1
d_w3 = d_h1 * out_h1 * (1 - out_h1) * x2
d_w2 = d_h2 * out_h2 * (1 - out_h2) * x1
d_w4 = d_h2 * out_h2 * (1 - out_h2) * x2
