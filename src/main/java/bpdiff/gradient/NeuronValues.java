package bpdiff.gradient;

/**
 * One number per neuron and layer, for the {@code in} and the {@code out} of every neuron.
 *
 * <p>Used both for the forward values (\( in_j, out_j \)) and for their gradients
 * (\( \partial L / \partial in_j \), \( \partial L / \partial out_j \)). Index {@code [l-1][j]} is
 * neuron {@code j} of layer {@code l = 1..L}.
 *
 * @param in the values (or gradients) of the neurons' inputs
 * @param out the values (or gradients) of the neurons' outputs
 */
public record NeuronValues(double[][] in, double[][] out) {}
