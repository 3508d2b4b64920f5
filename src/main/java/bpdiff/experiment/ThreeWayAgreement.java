package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;

/**
 * The finding every variant shares, as measured: hand chain rule, autograd and finite differences agree.
 *
 * <p>It holds when the comparison's verdict is {@code match} (hand against autograd within
 * {@link bpdiff.diff.Tolerance#forAutograd}, gradients and updated weights, every epoch) and finite
 * differences agree with both wherever their stencil does not straddle a kink (within
 * {@link bpdiff.diff.Tolerance#forNumeric}), at one parameter of one epoch at least.
 *
 * @param epochs the epochs compared
 * @param maxHandVsAutograd \( \max |g_{hand} - g_{autograd}| \) over every epoch and parameter
 * @param maxNumericVsAutograd \( \max |g_{numeric} - g_{autograd}| \) over every epoch and reliable parameter
 */
public record ThreeWayAgreement(int epochs, double maxHandVsAutograd, double maxNumericVsAutograd) {

    /**
     * What a comparison measured of the agreement.
     *
     * @param result the comparison
     * @return the epochs and the largest differences
     */
    static ThreeWayAgreement of(ComparisonResult result) {
        return new ThreeWayAgreement(result.summary().comparedEpochs(), Measures.maxHandVsAutograd(result),
                Measures.maxNumericVsAutograd(result));
    }

    /**
     * Whether all three agree on a comparison.
     *
     * @param result the comparison
     * @return its verdict is {@code match}, and finite differences refereed somewhere and agreed with both wherever
     *     they could (a referee that could not referee a single parameter at a single epoch agreed with nothing)
     */
    static boolean holds(ComparisonResult result) {
        return result.agrees() && !result.tally().refereeNeverReliable() && result.tally().refereeAlwaysAgreed();
    }

    /**
     * The statement of the three-way finding of a comparison.
     *
     * @param label what was compared, e.g. {@code ReLU, float32}
     * @param result the comparison
     * @return e.g. {@code relu float32: hand chain rule (general), autograd (float32) and finite differences agree at
     *     every one of 100 epochs (atol 1e-6, rtol 0.0001)}
     */
    static String statement(String label, ComparisonResult result) {
        return label + ": hand chain rule (" + result.manual() + "), autograd (" + result.precision().id()
                + ") and finite differences agree at every one of " + result.epochs() + " epochs (atol "
                + Text.number(result.tolerance().absolute()) + ", rtol " + Text.number(result.tolerance().relative())
                + ")";
    }
}
