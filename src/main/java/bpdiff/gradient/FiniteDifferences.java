package bpdiff.gradient;

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
 * network, far inside {@link bpdiff.diff.Tolerance#FINITE_DIFFERENCES}.
 *
 * <p>A parameter is marked {@link Evaluation#unreliable()} when its stencil cannot referee:
 *
 * <ul>
 *   <li>it straddles a kink of the activation (ReLU at 0), so it measures a mix of two slopes;
 *   <li>at one of its points (or the centre) a {@code bce} output is in the clamped region
 *       \( (1-o)\,o &lt; \varepsilon \), where PyTorch's backward is by design not the derivative of its loss
 *       ({@link bpdiff.network.LossFunction#clampsAt});
 *   <li>at one of its points a sigmoid output has rounded to exactly 0 or 1, so the loss is a step at the
 *       resolution of doubles ({@link bpdiff.network.Activation#saturatedAt});
 *   <li>the loss at one of its points is not finite (an output left the loss's domain there).
 * </ul>
 */
public final class FiniteDifferences implements GradientSource {

    /** The relative step; see the class comment for why. */
    static final double RELATIVE_STEP = 1e-3;

    private final ForwardPass forwardPass;

    /**
     * Prepares finite differences for a network.
     *
     * @param spec the network
     */
    public FiniteDifferences(NetworkSpec spec) {
        this.forwardPass = new ForwardPass(spec);
    }

    @Override
    public String name() {
        return "numeric";
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        boolean kinked = forwardPass.spec().activation().hasKink();
        List<NeuronValues> forward = forwardPass.run(weights);
        boolean centreClamped = clampedOrSaturated(forward);
        double[] gradient = new double[weights.length];
        boolean[] unreliable = null;
        double[] probe = weights.clone();
        for (int p = 0; p < weights.length; p++) {
            double h = RELATIVE_STEP * Math.max(1.0, Math.abs(weights[p]));
            double[] f = new double[4];
            double[] offsets = {2 * h, h, -h, -2 * h};
            boolean cannotReferee = centreClamped;
            for (int k = 0; k < offsets.length; k++) {
                probe[p] = weights[p] + offsets[k];
                List<NeuronValues> shifted = forwardPass.run(probe);
                f[k] = forwardPass.spec().loss().value(forwardPass.outputs(shifted), forwardPass.targets());
                cannotReferee |= kinked && activePatternDiffers(forward, shifted);
                cannotReferee |= !Double.isFinite(f[k]) || clampedOrSaturated(shifted);
            }
            probe[p] = weights[p];
            gradient[p] = (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * h);
            if (cannotReferee) {
                if (unreliable == null) {
                    unreliable = new boolean[weights.length];
                }
                unreliable[p] = true;
            }
        }
        double loss = forwardPass.spec().loss().value(forwardPass.outputs(forward), forwardPass.targets());
        return new Evaluation(loss, gradient, forward, List.of(), unreliable);
    }

    /** Whether a {@code bce} output is in its clamped region, or a sigmoid output has rounded to 0 or 1. */
    private boolean clampedOrSaturated(List<NeuronValues> forward) {
        NetworkSpec spec = forwardPass.spec();
        for (NeuronValues sample : forward) {
            double[][] out = sample.out();
            for (double o : out[out.length - 1]) {
                if (spec.loss().clampsAt(o)) {
                    return true;
                }
            }
            for (double[] layer : out) {
                for (double o : layer) {
                    if (spec.activation().saturatedAt(o)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether some neuron's input is positive at one point and not at the other. */
    private static boolean activePatternDiffers(List<NeuronValues> a, List<NeuronValues> b) {
        for (int s = 0; s < a.size(); s++) {
            double[][] inA = a.get(s).in();
            double[][] inB = b.get(s).in();
            for (int l = 0; l < inA.length; l++) {
                for (int j = 0; j < inA[l].length; j++) {
                    if ((inA[l][j] > 0) != (inB[l][j] > 0)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
