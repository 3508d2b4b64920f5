# Mistake: a factor of two. The loss is ½(o1−y1)² + ½(o2−y2)², whose derivative is out_o1 − y1; this
# file differentiates (o1−y1)² instead (the ½ forgotten, as with MSELoss), so d_o1 is twice the true
# value and every gradient downstream is doubled.
def back_propagate(out_o1, out_o2, out_h1, out_h2):
    d_o1 = 2 * (out_o1 - y1)
    d_o2 = 2 * (out_o2 - y2)
    d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1
    d_w7 = d_o1 * out_o1 * (1 - out_o1) * out_h2
    d_w6 = d_o2 * out_o2 * (1 - out_o2) * out_h1
    d_w8 = d_o2 * out_o2 * (1 - out_o2) * out_h2
    d_w1 = (d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1) * out_h1 * (1 - out_h1) * x1
    d_w3 = (d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1) * out_h1 * (1 - out_h1) * x2
    d_w2 = (d_w7 * w7 / out_h2 + d_w8 * w8 / out_h2) * out_h2 * (1 - out_h2) * x1
    d_w4 = (d_w7 * w7 / out_h2 + d_w8 * w8 / out_h2) * out_h2 * (1 - out_h2) * x2
    return d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8
