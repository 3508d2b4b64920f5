package bpdiff.gradient;

import bpdiff.network.NetworkSpec;

/**
 * The general hand-written chain rule: layer-wise deltas in plain double arithmetic, for any network.
 *
 * <p>From the loss back to the inputs, for every sample:
 *
 * <ul>
 *   <li>output layer: \( \partial L / \partial out_k \) from the loss (e.g. \( o_k - y_k \) for ½Σ);
 *   <li>every layer: \( \delta_j = \partial L / \partial in_j = \partial L / \partial out_j \cdot
 *       act'(in_j) \);
 *   <li>weights: \( \partial L / \partial w_{ji} \mathrel{+}= \delta_j \, out_i \), biases:
 *       \( \partial L / \partial b_j \mathrel{+}= \delta_j \) (shared parameters add up);
 *   <li>layer below: \( \partial L / \partial out_i = \sum_j \delta_j \, w_{ji} \).
 * </ul>
 *
 * <p>The recurrence itself is {@link ChainRuleKernel}'s; this source returns it with every neuron's values. One
 * thread at a time.
 */
public final class ChainRule implements GradientSource {

    private final ChainRuleKernel kernel;

    /**
     * Prepares the chain rule for a network.
     *
     * @param spec the network
     */
    public ChainRule(NetworkSpec spec) {
        this.kernel = new ChainRuleKernel(spec);
    }

    @Override
    public String name() {
        return HandDerivation.GENERAL.id();
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        kernel.forward(weights);
        double loss = kernel.loss();
        double[] gradient = new double[weights.length];
        kernel.backward(weights, gradient);
        return new Evaluation(loss, gradient, kernel.forwardValues(), kernel.neuronGradients());
    }
}
