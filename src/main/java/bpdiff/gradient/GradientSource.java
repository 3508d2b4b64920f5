package bpdiff.gradient;

/**
 * One way of computing the loss and its gradient for a network: the homework's published formulas, the
 * general hand chain rule, DJL autograd, or finite differences.
 *
 * <p>Weights are passed as one vector in the order of {@link bpdiff.network.NetworkSpec#parameters()}.
 * A step of gradient descent is \( w \leftarrow w - \eta \, \partial L / \partial w \) for every
 * trainable parameter.
 */
public interface GradientSource {

    /** @return the short name used in tables and JSON, e.g. {@code autograd} */
    String name();

    /**
     * Computes the loss, the gradient and whatever intermediate values this source has.
     *
     * @param weights the parameter values, in vector order
     * @return the evaluation at {@code weights}
     */
    Evaluation evaluate(double[] weights);

    /**
     * Evaluates at {@code weights} and takes one step of gradient descent.
     *
     * <p>The default does the step in double precision; a source that computes in another precision
     * (DJL in float32) overrides it to step in its own arithmetic, as the homework's program does.
     *
     * @param weights the parameter values at the start of the step
     * @param learningRate \( \eta \)
     * @param trainable which parameters may change
     * @return the evaluation at {@code weights} and the weights after the step
     */
    default Step step(double[] weights, double learningRate, boolean[] trainable) {
        Evaluation evaluation = evaluate(weights);
        double[] gradient = evaluation.gradient();
        double[] updated = weights.clone();
        for (int p = 0; p < updated.length; p++) {
            if (trainable[p]) {
                updated[p] = weights[p] - learningRate * gradient[p];
            }
        }
        return new Step(evaluation, updated);
    }
}
