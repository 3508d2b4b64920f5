package bpdiff.gradient;

/**
 * One epoch of gradient descent by one source.
 *
 * @param evaluation loss and gradients at the weights at the start of the epoch
 * @param updated the weights after the step, in vector order
 */
public record Step(Evaluation evaluation, double[] updated) {}
