package bpdiff.diff;

import bpdiff.gradient.Precision;

/**
 * When two numbers count as the same: \( |a - b| \le atol + rtol \cdot |b| \) (the form of numpy's
 * {@code isclose} and DJL's test assertions), with one pair of constants per kind of comparison. All
 * tolerances of bpdiff live here.
 *
 * <ul>
 *   <li>{@link #FLOAT64}: a hand derivation against autograd in float64. Both round the same few dozen
 *       operations in double (\( \varepsilon = 2.2 \times 10^{-16} \)); on the lecture network they agree to
 *       about \( 10^{-17} \), so \( atol = 10^{-12} \) leaves four orders of magnitude of room and still
 *       catches any real mistake.
 *   <li>{@link #FLOAT32}: autograd in float32 (\( \varepsilon = 1.2 \times 10^{-7} \)) against a hand
 *       derivation in double on the same, float32-rounded or not, inputs: \( rtol = 10^{-4} \) (about 800
 *       ulps) and \( atol = 10^{-6} \) cover the rounding of inputs, weights and a long training run.
 *   <li>{@link #FINITE_DIFFERENCES}: the five-point central difference in double is accurate to about
 *       \( 10^{-12} \) on this network; \( atol = 10^{-9}, rtol = 10^{-6} \) keeps well clear of that.
 * </ul>
 */
public enum Tolerance {
    /** A hand derivation against float64 autograd. */
    FLOAT64(1e-12, 1e-10),
    /** A hand derivation against float32 autograd. */
    FLOAT32(1e-6, 1e-4),
    /** Anything against central finite differences computed in double. */
    FINITE_DIFFERENCES(1e-9, 1e-6);

    private final double absolute;
    private final double relative;

    Tolerance(double absolute, double relative) {
        this.absolute = absolute;
        this.relative = relative;
    }

    /** @return \( atol \) */
    public double absolute() {
        return absolute;
    }

    /** @return \( rtol \) */
    public double relative() {
        return relative;
    }

    /**
     * @param actual the value under test
     * @param expected the value it is held to
     * @return \( |actual - expected| \le atol + rtol \cdot |expected| \); false if either is not finite,
     *     unless both are the same infinity
     */
    public boolean agrees(double actual, double expected) {
        if (!Double.isFinite(actual) || !Double.isFinite(expected)) {
            return actual == expected;
        }
        return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
    }

    /** @return the tolerance of hand against autograd in {@code precision}: {@link #FLOAT64} or {@link #FLOAT32} */
    public static Tolerance forAutograd(Precision precision) {
        return precision == Precision.FLOAT64 ? FLOAT64 : FLOAT32;
    }

    /**
     * @param precision the precision of the other side
     * @return the tolerance of finite differences against it, the looser of {@link #FINITE_DIFFERENCES} and its own
     */
    public static Tolerance forNumeric(Precision precision) {
        return precision == Precision.FLOAT64 ? FINITE_DIFFERENCES : FLOAT32;
    }

    /** @return how many float32 values lie between {@code a} and {@code b}, rounded to float32; MAX_VALUE for NaN */
    public static long float32Ulps(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Long.MAX_VALUE;
        }
        return Math.abs(ordered((float) a) - ordered((float) b));
    }

    /** Maps float bits onto a line on which neighbouring floats are neighbouring integers. */
    private static long ordered(float f) {
        int bits = Float.floatToIntBits(f);
        return bits < 0 ? (long) Integer.MIN_VALUE - bits : bits;
    }
}
