package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;

/**
 * The finding every variant shares: hand chain rule, autograd and finite differences agree.
 *
 * <p>It holds when the comparison's verdict is {@code match} (hand against autograd within
 * {@link bpdiff.diff.Tolerance#forAutograd}, gradients and updated weights, every epoch) and finite
 * differences agree with both wherever their stencil does not straddle a kink (within
 * {@link bpdiff.diff.Tolerance#forNumeric}).
 */
public final class Agreement {

    private Agreement() {}

    /**
     * The three-way agreement finding of one comparison.
     *
     * @param id the finding's id, e.g. {@code three-way-float32}
     * @param label what was compared, e.g. {@code ReLU, float32}
     * @param result the comparison
     * @return the finding, with the epochs and the largest differences measured
     */
    public static Finding of(String id, String label, ComparisonResult result) {
        boolean holds = result.agrees() && Measures.numericAgreesWithBoth(result);
        String statement = label + ": hand chain rule (" + result.manual() + "), autograd (" + result.precision().id()
                + ") and finite differences agree at every one of " + result.epochs() + " epochs (atol "
                + Text.number(result.tolerance().absolute()) + ", rtol " + Text.number(result.tolerance().relative())
                + ")";
        return Finding.of(id, statement, holds,
                "epochs", result.steps().size(),
                "maxHandVsAutograd", Measures.maxHandVsAutograd(result),
                "maxNumericVsAutograd", Measures.maxNumericVsAutograd(result));
    }
}
