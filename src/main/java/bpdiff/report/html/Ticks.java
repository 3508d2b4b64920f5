package bpdiff.report.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at round numbers, for the charts drawn as SVG.
 *
 * <p>A linear axis gets ticks at the multiples of one step \( s = m \cdot 10^k \), \( m \in \{1, 2, 5\} \),
 * the smallest that gives at most the asked number of ticks; a logarithmic axis gets one tick per decade
 * \( 10^k \), and when its range is narrower than one decade also \( 2 \cdot 10^k \) and \( 5 \cdot 10^k \).
 * Labels are plain decimals ({@code 0.01}, {@code 200}); only values below \( 10^{-6} \) or above
 * \( 10^{9} \) use an exponent.
 */
public final class Ticks {

    private static final double[] MANTISSAS = {1, 2, 5};

    private Ticks() {}

    /**
     * @param most the most ticks wanted, at least 2
     * @return round ticks of a linear axis inside {@code [min, max]}, ascending
     */
    public static List<Double> linear(double min, double max, int most) {
        List<Double> ticks = new ArrayList<>();
        if (!(max > min) || !Double.isFinite(max - min)) {
            ticks.add(min);
            return ticks;
        }
        double step = step(max - min, most);
        long first = (long) Math.ceil(min / step - 1e-9);
        for (long k = first; k * step <= max + step * 1e-9; k++) {
            ticks.add(clean(k * step));
        }
        return ticks;
    }

    /**
     * @param most the most ticks wanted, at least 2
     * @return ticks of an axis of epochs {@code 1..n}, ascending: 1, then round multiples ({@code 1, 200, …, 1000})
     */
    public static List<Double> epochs(int n, int most) {
        List<Double> ticks = new ArrayList<>();
        double step = n <= 1 ? 1 : Math.max(1, step(n - 1, most - 1));
        for (double t = step; t <= n; t += step) {
            ticks.add(t);
        }
        if (ticks.isEmpty() || ticks.get(0) - 1 >= step / 2) {
            ticks.add(0, 1.0);
        }
        return ticks;
    }

    /**
     * The step of {@link #linear}: the smallest \( m \cdot 10^k \) giving at most {@code most} ticks.
     *
     * @param span the axis range, greater than 0
     * @param most the most ticks wanted
     */
    static double step(double span, int most) {
        double decade = Math.pow(10, Math.floor(Math.log10(span / Math.max(1, most))));
        for (int round = 0; ; round++) {
            for (double m : MANTISSAS) {
                double step = m * decade * Math.pow(10, round);
                if (Math.floor(span / step) + 1 <= most) {
                    return step;
                }
            }
        }
    }

    /**
     * @param min the smallest value shown, greater than 0
     * @return ticks of a logarithmic axis inside {@code [min, max]}, ascending: every decade, with 2 and 5 times it
     *     when the range spans less than one
     */
    public static List<Double> logarithmic(double min, double max) {
        List<Double> ticks = new ArrayList<>();
        int low = (int) Math.floor(Math.log10(min));
        int high = (int) Math.ceil(Math.log10(max));
        boolean narrow = Math.log10(max / min) < 1;
        for (int k = low; k <= high; k++) {
            for (double m : narrow ? MANTISSAS : new double[] {1}) {
                double tick = clean(m * Math.pow(10, k));
                if (tick >= min * (1 - 1e-12) && tick <= max * (1 + 1e-12)) {
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    /** @return a tick's label in plain decimals ({@code 0.01}, {@code 200}); {@code 1e-7} below \( 10^{-6} \) */
    public static String label(double value) {
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e9)) {
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toString().replace("E", "e")
                    .replace("e+", "e");
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** Removes binary noise: {@code 3 * 0.1} becomes 0.3. */
    private static double clean(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
    }
}
