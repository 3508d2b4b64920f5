package bpdiff.gradient;

import java.util.List;

/**
 * What a gradient source computed at one point.
 *
 * @param loss the loss \( L \)
 * @param gradient \( \partial L / \partial w \) for every parameter, in vector order
 * @param forward the forward values of every neuron, one entry per sample; empty if the source has none
 * @param neuronGradient \( \partial L / \partial in \) and \( \partial L / \partial out \) of every
 *     neuron, one entry per sample; empty if the source does not compute them
 * @param unreliable for finite differences, which parameters' stencils cannot referee (they straddle a kink, a
 *     clamp of the loss or a saturated sigmoid; see {@link FiniteDifferences}); {@code null} when none do
 */
public record Evaluation(
        double loss,
        double[] gradient,
        List<NeuronValues> forward,
        List<NeuronValues> neuronGradient,
        boolean[] unreliable) {

    /**
     * An evaluation with no finite-difference caveats.
     *
     * @param loss the loss
     * @param gradient the gradient
     * @param forward the forward values per sample
     * @param neuronGradient the neuron gradients per sample
     */
    public Evaluation(double loss, double[] gradient, List<NeuronValues> forward, List<NeuronValues> neuronGradient) {
        this(loss, gradient, forward, neuronGradient, null);
    }
}
