package bpdiff.diff;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.NeuronValues;
import bpdiff.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides when a source stops being compared, and records why: an output outside the loss's domain
 * ({@link OutOfDomain}), or a loss, gradient or updated weight that is not finite ({@link NonFinite}).
 *
 * <p>The domain is checked first: a {@code bce} output of 1.5 makes the loss NaN, and the output, not the
 * loss, is the cause worth naming. PyTorch itself raises "all elements of input should be between 0 and 1" at
 * such an output.
 */
final class Stops {

    private final NetworkSpec spec;
    private final List<NonFinite> nonFinite = new ArrayList<>();
    private final List<OutOfDomain> outOfDomain = new ArrayList<>();

    Stops(NetworkSpec spec) {
        this.spec = spec;
    }

    /** @return the sources that stopped being finite, in the order found */
    List<NonFinite> nonFinite() {
        return nonFinite;
    }

    /** @return the sources whose outputs left the loss's domain, in the order found */
    List<OutOfDomain> outOfDomain() {
        return outOfDomain;
    }

    /**
     * Checks one step of the hand side or autograd.
     *
     * @param source {@link Side#MANUAL} or {@link Side#AUTOGRAD}
     * @param epoch the epoch, from 1
     * @param evaluation the source's evaluation, with its forward values
     * @param updated the weights after its step
     * @return whether the source stops here (and the reason was recorded)
     */
    boolean stops(Side source, int epoch, Evaluation evaluation, double[] updated) {
        String output = outsideDomain(evaluation.forward());
        if (output != null) {
            outOfDomain.add(new OutOfDomain(source, epoch, output));
            return true;
        }
        String quantity = Double.isFinite(evaluation.loss()) ? null : "loss";
        if (quantity == null) {
            quantity = firstNonFinite(evaluation.gradient(), null, "gradient of ");
        }
        if (quantity == null) {
            quantity = firstNonFinite(updated, null, "updated ");
        }
        return recorded(source, epoch, quantity);
    }

    /**
     * Checks finite differences, which take no step; a parameter whose stencil is unreliable (and may have
     * left the domain) does not stop them.
     *
     * @param epoch the epoch, from 1
     * @param evaluation their evaluation
     * @return whether they stop here
     */
    boolean numericStops(int epoch, Evaluation evaluation) {
        String quantity = Double.isFinite(evaluation.loss()) ? null : "loss";
        if (quantity == null) {
            quantity = firstNonFinite(evaluation.gradient(), evaluation.unreliable(), "gradient of ");
        }
        return recorded(Side.NUMERIC, epoch, quantity);
    }

    private boolean recorded(Side source, int epoch, String quantity) {
        if (quantity == null) {
            return false;
        }
        nonFinite.add(new NonFinite(source, epoch, quantity));
        return true;
    }

    /** The first output outside the loss's domain, as {@code out_o1 = 1.5 (sample 1)}, or {@code null}. */
    private String outsideDomain(List<NeuronValues> forward) {
        int output = spec.layerCount();
        for (int s = 0; s < forward.size(); s++) {
            double[] o = forward.get(s).out()[output - 1];
            for (int k = 0; k < o.length; k++) {
                if (!spec.loss().acceptsOutput(o[k])) {
                    return String.format(Locale.ROOT, "out_%s = %s (sample %d)", spec.neuronName(output, k),
                            o[k], s + 1);
                }
            }
        }
        return null;
    }

    private String firstNonFinite(double[] values, boolean[] skipped, String prefix) {
        for (int p = 0; p < values.length; p++) {
            if (!Double.isFinite(values[p]) && (skipped == null || !skipped[p])) {
                return prefix + spec.parameters().get(p).name();
            }
        }
        return null;
    }
}
