package bpdiff.diff;

import bpdiff.gradient.Precision;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;

/**
 * A mismatch that is float32 rounding at {@code BCELoss}'s clamp, not a mistake of either side.
 *
 * <p>In float32 a sigmoid output rounds to exactly 1 once \( e^{-z} < 2^{-25} \) (z above about 17.3), in double only
 * above about 36.7. In between, autograd's output is exactly 1, where {@code BCELoss} clamps \( \log(1 - o) \) at −100
 * (loss \( 100 (1 - y) \), 70 at y = 0.3) and its backward gives \( (o - y)/\max((1-o)o, \varepsilon) \) times the
 * sigmoid's \( o(1-o) = 0 \), so \( \partial L/\partial w = 0 \); the hand side computes in double, where the output
 * is not 1 and the loss and gradient are the unclamped ones (or, above z ≈ 27.6, its own clamp's). Both are PyTorch's
 * numbers: float32 autograd's and float64's ({@code reference-results/pytorch/bce-saturation-*.json}).
 *
 * <p>It is named when, at the first mismatching epoch of a float32 comparison under {@code bce}, an output of
 * autograd is exactly 0 or 1 while the hand side's is not but rounds to it in float32, and finite differences side
 * with autograd on no mismatched parameter.
 *
 * @param output the output, e.g. {@code out_o1}
 * @param sample the sample, from 1
 * @param outManual the hand side's output, in double
 * @param outAutograd autograd's, exactly 0 or 1
 * @param lossManual the hand side's loss
 * @param lossAutograd autograd's loss, clamped
 */
public record Float32Clamp(int epoch, String output, int sample, double outManual, double outAutograd,
        double lossManual, double lossAutograd) {

    /**
     * @param first the first mismatching epoch, or {@code null}
     * @param precision autograd's precision
     * @return the rounding that explains the mismatch there, or {@code null}
     */
    static Float32Clamp at(StepDiff first, NetworkSpec spec, Precision precision) {
        if (first == null || precision != Precision.FLOAT32 || spec.loss() != LossFunction.BCE) {
            return null;
        }
        for (ParameterDiff p : first.parameters()) {
            if (p.verdict() == Verdict.MISMATCH && p.numericSidesWith() != NumericAgreement.MANUAL
                    && p.numericSidesWith() != NumericAgreement.UNRELIABLE) {
                return null;
            }
        }
        for (NeuronDiff n : first.neurons()) {
            boolean output = false;
            for (int k = 0; k < spec.layerSizes()[spec.layerCount()]; k++) {
                output |= spec.neuronName(spec.layerCount(), k).equals(n.neuron());
            }
            if (output && roundedAway(n.outManual(), n.outAutograd())) {
                return new Float32Clamp(first.epoch(), "out_" + n.neuron(), n.sample() + 1, n.outManual(),
                        n.outAutograd(), first.lossManual(), first.lossAutograd());
            }
        }
        return null;
    }

    /**
     * Whether float32 arithmetic alone makes the output exactly 1 or 0: 1 once \( 1 + e^{-z} \) rounds to 1 in
     * float32, that is \( 1 - o < 2^{-23} \) (one float32 step below 1; the rounded σ need not be 1 itself), and 0
     * once the output is below float32's smallest number.
     */
    private static boolean roundedAway(double manual, double autograd) {
        if (autograd == 1) {
            return manual < 1 && 1 - manual <= Math.ulp(1.0f);
        }
        return autograd == 0 && manual > 0 && (float) manual == 0;
    }
}
