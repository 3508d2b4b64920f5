package bpdiff.experiment;

import bpdiff.diff.ComparisonResult;
import bpdiff.diff.ParameterDiff;
import bpdiff.diff.StepDiff;
import bpdiff.diff.Tolerance;

/**
 * How far apart the autograd sides of two comparisons are, epoch by epoch: the loss, every gradient and
 * every updated weight, absolutely and in float32 units in the last place ({@link Tolerance#float32Ulps}).
 *
 * @param maxAbs \( \max |a - b| \) over every compared value
 * @param maxLoss \( \max_t |L^a_t - L^b_t| \)
 * @param maxUlps the largest float32 ULP distance
 * @param valueAtMaxUlps the value (of {@code a}) at which the largest ULP distance occurs (0 if none differ);
 *     near 0 one ULP is tiny, so large ULP counts there are small absolute differences
 * @param ulpsPerEpoch the largest ULP distance of each epoch
 * @param withinTolerance whether every pair of values agrees within the tolerance of the comparisons
 */
record AutogradDifference(double maxAbs, double maxLoss, long maxUlps, double valueAtMaxUlps, double[] ulpsPerEpoch,
        boolean withinTolerance) {

    /**
     * Compares the autograd sides of two comparisons of the same length and precision.
     *
     * @param a one comparison
     * @param b the other
     */
    static AutogradDifference of(ComparisonResult a, ComparisonResult b) {
        Tolerance tolerance = a.tolerance();
        int epochs = Math.min(a.steps().size(), b.steps().size());
        double[] ulpsPerEpoch = new double[epochs];
        double[] max = {0, 0};
        long[] ulps = {0};
        double[] valueAtMax = {0};
        boolean within = a.steps().size() == b.steps().size();
        for (int t = 0; t < epochs; t++) {
            StepDiff sa = a.steps().get(t);
            StepDiff sb = b.steps().get(t);
            max[1] = Math.max(max[1], Math.abs(sa.lossAutograd() - sb.lossAutograd()));
            long[] epochUlps = {0};
            within &= compare(sa.lossAutograd(), sb.lossAutograd(), tolerance, max, epochUlps, ulps, valueAtMax);
            for (int p = 0; p < sa.parameters().size(); p++) {
                ParameterDiff pa = sa.parameters().get(p);
                ParameterDiff pb = sb.parameters().get(p);
                within &= compare(pa.gradientAutograd(), pb.gradientAutograd(), tolerance, max, epochUlps, ulps, valueAtMax);
                within &= compare(pa.updatedAutograd(), pb.updatedAutograd(), tolerance, max, epochUlps, ulps, valueAtMax);
            }
            ulpsPerEpoch[t] = epochUlps[0];
        }
        return new AutogradDifference(max[0], max[1], ulps[0], valueAtMax[0], ulpsPerEpoch, within);
    }

    /** Updates the running maxima with one pair of values; returns whether the pair agrees. */
    private static boolean compare(double a, double b, Tolerance tolerance, double[] max, long[] epochUlps, long[] ulps,
            double[] valueAtMax) {
        max[0] = Math.max(max[0], Math.abs(a - b));
        long distance = Tolerance.float32Ulps(a, b);
        epochUlps[0] = Math.max(epochUlps[0], distance);
        if (distance > ulps[0]) {
            ulps[0] = distance;
            valueAtMax[0] = a;
        }
        return tolerance.agrees(b, a);
    }
}
