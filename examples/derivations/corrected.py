# The homework's back_propagate() with the correction published later (作业3): d_w5 * w5 / out_h1 is
# δo1·w5, the error that reaches h1 through w5, so the hidden-layer formulas now back-propagate
# δo1·w5 + δo2·w6 (and δo1·w7 + δo2·w8 for h2). Every formula agrees with PyTorch autograd.
def back_propagate(out_o1, out_o2, out_h1, out_h2):  # 反向传播
    d_o1 = out_o1 - y1
    d_o2 = out_o2 - y2

    d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1
    d_w7 = d_o1 * out_o1 * (1 - out_o1) * out_h2
    d_w6 = d_o2 * out_o2 * (1 - out_o2) * out_h1
    d_w8 = d_o2 * out_o2 * (1 - out_o2) * out_h2

    d_w1 = (d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1) * out_h1 * (1 - out_h1) * x1
    d_w3 = (d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1) * out_h1 * (1 - out_h1) * x2
    d_w2 = (d_w7 * w7 / out_h2 + d_w8 * w8 / out_h2) * out_h2 * (1 - out_h2) * x1
    d_w4 = (d_w7 * w7 / out_h2 + d_w8 * w8 / out_h2) * out_h2 * (1 - out_h2) * x2
    return d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8
