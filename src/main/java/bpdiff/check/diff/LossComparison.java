package bpdiff.check.diff;

/**
 * The two programs' losses, epoch by epoch.
 *
 * @param firstDifferent the first epoch at which they differ, −1 if never
 * @param lossA A's loss there (or at epoch 1)
 * @param lossB B's loss there
 * @param factor \( L_B / L_A \) there
 * @param sameWeights whether the two programs' weights were equal at that epoch (then a constant factor between
 *     the losses makes every gradient differ by it too)
 * @param gradientsByFactor whether every compared gradient of B is A's times {@code factor} at that epoch: the loss's
 *     factor explains them
 */
public record LossComparison(int firstDifferent, double lossA, double lossB, double factor, boolean sameWeights,
        boolean gradientsByFactor) {

    /** @return whether the losses agree at every epoch compared */
    public boolean equal() {
        return firstDifferent < 0;
    }

    /** @return the factor rounded to a simple number when it is one (2, 1/2, 3, …), else {@code NaN} */
    public double simpleFactor() {
        for (double f : new double[] {2, 0.5, 3, 1.0 / 3, 4, 0.25, 10, 0.1}) {
            if (Math.abs(factor - f) <= 1e-6 * f) {
                return f;
            }
        }
        return Double.NaN;
    }
}
