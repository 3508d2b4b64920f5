package bpdiff.gradient;

/**
 * What training many configurations at once produced: the loss of every configuration at every epoch and
 * the weights after the last one.
 *
 * @param losses {@code losses[c][e]}: configuration {@code c}'s loss at the weights before the update of
 *     epoch {@code e + 1}, as {@link Evaluation#loss()} of that epoch's {@link Step}; {@code null} when the path was
 *     kept instead (its evaluation gives the losses)
 * @param weights {@code weights[c]}: configuration {@code c}'s weights after the last epoch, in vector order
 * @param path {@code path[c][e]}: configuration {@code c}'s weights at the start of epoch {@code e + 1}
 *     ({@code path[c][epochs]} the final ones), or {@code null} when not asked for
 */
public record BatchedTraining(double[][] losses, double[][] weights, double[][][] path) {

    /** @return {@code C}, the number of configurations */
    public int configurations() {
        return weights.length;
    }
}
