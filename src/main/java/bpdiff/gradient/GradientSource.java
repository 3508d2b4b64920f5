package bpdiff.gradient;

/**
 * One way of computing the loss and its gradient for a network at any weights: the homework's published formulas,
 * the general hand chain rule, DJL autograd, or finite differences. Each is also a {@link TrainingSource}, stepping
 * from the evaluation.
 *
 * <p>Weights are passed as one vector in the order of {@link bpdiff.network.NetworkSpec#parameters()}.
 * A step of gradient descent is \( w \leftarrow w - \eta \, \partial L / \partial w \) for every
 * trainable parameter.
 */
public interface GradientSource extends TrainingSource {

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
    @Override
    default Step step(double[] weights, double learningRate, boolean[] trainable) {
        Evaluation evaluation = evaluate(weights);
        double[] updated = new double[weights.length];
        descend(weights, evaluation.gradient(), learningRate, trainable, updated);
        return new Step(evaluation, updated);
    }

    /**
     * One step of gradient descent in double precision, \( w \leftarrow w - \eta \, \partial L / \partial w \) for
     * every trainable parameter; a frozen one keeps its value. Every hand path updates through here.
     *
     * @param weights the values at the start of the step
     * @param gradient \( \partial L / \partial w \) there
     * @param learningRate \( \eta \)
     * @param trainable which parameters may change
     * @param updated receives the values after the step; may be {@code weights} itself
     */
    static void descend(double[] weights, double[] gradient, double learningRate, boolean[] trainable,
            double[] updated) {
        for (int p = 0; p < weights.length; p++) {
            updated[p] = trainable[p] ? weights[p] - learningRate * gradient[p] : weights[p];
        }
    }
}
