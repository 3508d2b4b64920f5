package bpdiff.gradient;

import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import java.util.List;

/**
 * Central finite differences in double precision: the referee that trusts neither hand formulas nor
 * autograd.
 *
 * <p>Each derivative uses the five-point central stencil
 * \( f'(w) \approx \frac{-f(w+2h) + 8f(w+h) - 8f(w-h) + f(w-2h)}{12h} \), whose truncation error is
 * \( O(h^4) \). With \( h = 10^{-3} \max(1, |w|) \) the truncation error (about \( h^4 f^{(5)} / 30 \)) and
 * the rounding error (about \( \varepsilon L / h \)) are both near \( 10^{-13} \) for the lecture
 * network, far inside the tolerance the diff allows them ({@code Tolerance.FINITE_DIFFERENCES}).
 *
 * <p>A parameter is marked {@link Evaluation#unreliable()} when its stencil cannot referee:
 *
 * <ul>
 *   <li>it straddles a kink of an activation (ReLU or leaky ReLU at 0: some input of such a layer is positive at
 *       the centre and not at one of its points, or the reverse), so it measures a mix of two slopes;
 *   <li>at one of its points (or the centre) a {@code bce} output is in the clamped region
 *       \( (1-o)\,o &lt; \varepsilon \), where PyTorch's backward is by design not the derivative of its loss
 *       ({@link bpdiff.network.LossFunction#clampsAt});
 *   <li>at one of its points a sigmoid output has rounded to exactly 0 or 1 (a tanh output to ±1), so the loss is a
 *       step at the resolution of doubles ({@link bpdiff.network.Activation#saturatedAt});
 *   <li>the loss at one of its points is not finite (an output left the loss's domain there).
 * </ul>
 */
public final class FiniteDifferences implements GradientSource {

    /** The forward pass and the loss, {@link ChainRuleKernel}'s: the same numbers as every hand path's. */
    private final ChainRuleKernel kernel;
    private final NetworkSpec spec;

    /**
     * Prepares finite differences for a network.
     *
     * @param spec the network
     */
    public FiniteDifferences(NetworkSpec spec) {
        this.kernel = new ChainRuleKernel(spec);
        this.spec = spec;
    }

    @Override
    public String name() {
        return "numeric";
    }

    /**
     * The stencil of every parameter around {@code weights}. One thread at a time.
     *
     * @param weights the parameter values
     * @return the loss at {@code weights}, the central differences, the forward values there and which parameters
     *     cannot be refereed
     */
    @Override
    public Evaluation evaluate(double[] weights) {
        boolean kinked = spec.activations().stream().anyMatch(Activation::hasKink);
        kernel.forward(weights);
        double loss = kernel.loss();
        List<NeuronValues> forward = kernel.forwardValues();
        boolean centreClamped = clampedOrSaturated();
        double[] gradient = new double[weights.length];
        boolean[] unreliable = null;
        double[] probe = weights.clone();
        double[] f = new double[Stencil.POINTS];
        for (int p = 0; p < weights.length; p++) {
            double h = Stencil.step(weights[p]);
            boolean cannotReferee = centreClamped;
            for (int k = 0; k < Stencil.POINTS; k++) {
                probe[p] = Stencil.point(weights[p], h, k);
                kernel.forward(probe);
                f[k] = kernel.loss();
                cannotReferee |= kinked && activePatternDiffers(forward);
                cannotReferee |= !Double.isFinite(f[k]) || clampedOrSaturated();
            }
            probe[p] = weights[p];
            gradient[p] = Stencil.derivative(f, h);
            if (cannotReferee) {
                if (unreliable == null) {
                    unreliable = new boolean[weights.length];
                }
                unreliable[p] = true;
            }
        }
        return new Evaluation(loss, gradient, forward, List.of(), unreliable);
    }

    /**
     * Whether, in the kernel's last pass, a {@code bce} output is clamped or a bounded activation's output rounded to
     * its limit.
     */
    private boolean clampedOrSaturated() {
        int layers = spec.layerCount();
        for (int s = 0; s < spec.samples().size(); s++) {
            for (int k = 0; k < spec.layerSizes()[layers]; k++) {
                if (spec.loss().clampsAt(kernel.out(s, layers, k))) {
                    return true;
                }
            }
            for (int l = 1; l <= layers; l++) {
                for (int j = 0; j < spec.layerSizes()[l]; j++) {
                    if (spec.activation(l).saturatedAt(kernel.out(s, l, j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the input of some neuron of a layer with a kink is positive at the centre and not in the kernel's last
     * pass, or the reverse.
     */
    private boolean activePatternDiffers(List<NeuronValues> centre) {
        for (int s = 0; s < centre.size(); s++) {
            double[][] inCentre = centre.get(s).in();
            for (int l = 0; l < inCentre.length; l++) {
                if (!spec.activation(l + 1).hasKink()) {
                    continue;
                }
                for (int j = 0; j < inCentre[l].length; j++) {
                    if ((inCentre[l][j] > 0) != (kernel.in(s, l + 1, j) > 0)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
