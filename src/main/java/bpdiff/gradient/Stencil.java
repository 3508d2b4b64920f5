package bpdiff.gradient;

/**
 * The five-point central stencil both finite-difference referees use (the network's, {@link FiniteDifferences}, and
 * the recorded program's, {@code bpdiff.program.tape.TapeFiniteDifferences}):
 * \( f'(x) \approx \frac{-f(x+2h) + 8f(x+h) - 8f(x-h) + f(x-2h)}{12h} \) with \( h = 10^{-3} \max(1, |x|) \), whose
 * truncation error \( O(h^4) \) and rounding error \( \varepsilon |f| / h \) both stay near \( 10^{-13} \) on the
 * lecture's scales (see {@link FiniteDifferences} for the reasoning).
 */
public final class Stencil {

    /** How many points the stencil evaluates. */
    public static final int POINTS = 4;

    /** The relative step. */
    static final double RELATIVE_STEP = 1e-3;

    private static final double[] OFFSETS = {2, 1, -1, -2};

    private Stencil() {}

    /**
     * @param x the centre
     * @return the step \( h \) at it
     */
    public static double step(double x) {
        return RELATIVE_STEP * Math.max(1.0, Math.abs(x));
    }

    /**
     * @param x the centre
     * @param h the step
     * @param k which point, 0 to {@link #POINTS} − 1
     * @return the point: \( x + 2h, x + h, x - h, x - 2h \)
     */
    public static double point(double x, double h, int k) {
        return x + OFFSETS[k] * h;
    }

    /**
     * @param f the function at the {@link #POINTS} points, in {@link #point}'s order
     * @param h the step
     * @return the derivative at the centre
     */
    public static double derivative(double[] f, double h) {
        return (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * h);
    }
}
