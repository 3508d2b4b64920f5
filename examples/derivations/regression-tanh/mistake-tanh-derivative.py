# Mistake: tanh's derivative written as the sigmoid's. A formula list for the network
# examples/networks/regression-tanh.json (1-3-1, tanh hidden layer, linear output, MSELoss), checked with
#   bpdiff check examples/derivations/regression-tanh/mistake-tanh-derivative.py \
#       --network examples/networks/regression-tanh.json
# δh = ∂L/∂out_h · tanh'(in_h) with tanh'(in_h) = 1 − out_h², but this file writes out_h·(1−out_h), the
# sigmoid's derivative, so delta_h1..delta_h3 and the hidden layer's gradients d_w1..d_w3, d_b1..d_b3 are wrong.
# The output layer is linear (identity): its δ is ∂L/∂out itself.
d_o1 = 2 * (out_o1 - y1)
delta_o1 = d_o1
d_w4 = delta_o1 * out_h1
d_w5 = delta_o1 * out_h2
d_w6 = delta_o1 * out_h3
d_b4 = delta_o1
d_h1 = delta_o1 * w4
d_h2 = delta_o1 * w5
d_h3 = delta_o1 * w6
delta_h1 = d_h1 * out_h1 * (1 - out_h1)
delta_h2 = d_h2 * out_h2 * (1 - out_h2)
delta_h3 = d_h3 * out_h3 * (1 - out_h3)
d_w1 = delta_h1 * x1
d_w2 = delta_h2 * x1
d_w3 = delta_h3 * x1
d_b1 = delta_h1
d_b2 = delta_h2
d_b3 = delta_h3
