# The homework's published back-propagation (作业2, the lecture example), pasted unchanged from its
# back_propagate() function. d_w5..d_w8 are right. d_w1..d_w4 are wrong: where the back-propagated
# error δo1·w5 + δo2·w6 belongs they use d_w5 + d_w6, so the weights w5, w6 are missing and the out_h1
# inside d_w5 = δo1·out_h1 is extra. `bpdiff check examples/derivations/published.py` says so.
def back_propagate(out_o1, out_o2, out_h1, out_h2):  # 反向传播
    d_o1 = out_o1 - y1
    d_o2 = out_o2 - y2

    d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1
    d_w7 = d_o1 * out_o1 * (1 - out_o1) * out_h2
    d_w6 = d_o2 * out_o2 * (1 - out_o2) * out_h1
    d_w8 = d_o2 * out_o2 * (1 - out_o2) * out_h2

    d_w1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1
    d_w3 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x2
    d_w2 = (d_w7 + d_w8) * out_h2 * (1 - out_h2) * x1
    d_w4 = (d_w7 + d_w8) * out_h2 * (1 - out_h2) * x2
    return d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8
