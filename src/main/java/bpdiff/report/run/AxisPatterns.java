package bpdiff.report.run;

/**
 * The decimal patterns of the plots' tick labels: plain notation with a leading zero ({@code 0.05},
 * {@code -0.01}, {@code 200}), as many decimals as the ticks need and no more.
 */
final class AxisPatterns {

    /** Below this decade a logarithmic axis uses an exponent ({@code 1E-7}). */
    private static final int SMALLEST_PLAIN_DECADE = -6;

    private AxisPatterns() {}

    /**
     * The pattern of a linear axis whose ticks are about a tenth of the range apart.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return e.g. {@code 0.##} for a range of 0.09
     */
    static String linear(double min, double max) {
        double span = Math.max(Math.abs(max - min), Math.max(Math.abs(max), Math.abs(min)) * 1e-3);
        if (!(span > 0) || !Double.isFinite(span)) {
            return "0.###";
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(span / 10)) + 1);
        return decimals == 0 ? "0" : "0." + "#".repeat(Math.min(decimals, 12));
    }

    /**
     * The pattern of a logarithmic axis whose lowest decade is {@code 10^low}.
     *
     * @param low the exponent of the lowest decade
     * @return e.g. {@code 0.###} for {@code low = -3}, {@code 0E0} below \( 10^{-6} \)
     */
    static String logarithmic(int low) {
        if (low < SMALLEST_PLAIN_DECADE) {
            return "0E0";
        }
        return low >= 0 ? "0" : "0." + "#".repeat(-low);
    }
}
