package bpdiff.gradient;

/**
 * A source of gradient-descent steps for a network: from the weights \( w \), the loss and its gradient there and
 * the weights after \( w \leftarrow w - \eta \, \partial L / \partial w \) for every trainable parameter.
 *
 * <p>Every {@link GradientSource} is one. A training computed ahead ({@link AutogradAhead}, {@link RecordedSteps}) is
 * only one: it holds the points of its own training, in order, and no evaluation at other weights.
 */
public interface TrainingSource {

    /** @return the short name used in tables and JSON, e.g. {@code autograd} */
    String name();

    /**
     * One step of gradient descent.
     *
     * @param weights the parameter values at the start of the step, in the order of {@link
     *     bpdiff.network.NetworkSpec#parameters()}
     * @param learningRate \( \eta \)
     * @param trainable which parameters may change
     * @return the evaluation at {@code weights} and the weights after the step
     */
    Step step(double[] weights, double learningRate, boolean[] trainable);
}
