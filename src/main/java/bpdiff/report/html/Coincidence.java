package bpdiff.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which series of a plot lie on top of each other, and how close they are.
 *
 * <p>Two series coincide on a plot when, over the points both have, their largest difference is below
 * 1/200 of the plotted range (of \( \log_{10} y \) on a logarithmic axis): a line would hide the one drawn
 * under it. Such series are drawn so that both stay visible (the later one dashed and thinner), and the plot
 * says how close they really are: "hand and autograd coincide to 1.7e-17".
 *
 * @param first the index of the series drawn first
 * @param second the index of a later series lying on it
 * @param largestDifference \( \max_i |y^{(1)}_i - y^{(2)}_i| \) over the points both have
 */
public record Coincidence(int first, int second, double largestDifference) {

    private static final double VISIBLE_FRACTION = 1.0 / 200;

    /**
     * Finds the coinciding pairs: each later series is paired with the first earlier one it lies on.
     *
     * @param ys the series' values, aligned by index (a non-finite value is a missing point)
     * @param logarithmic whether the axis is logarithmic (values not above 0 are then missing points)
     * @return the pairs, by second series
     */
    public static List<Coincidence> find(List<double[]> ys, boolean logarithmic) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] y : ys) {
            for (double v : y) {
                if (shown(v, logarithmic)) {
                    double p = logarithmic ? Math.log10(v) : v;
                    low = Math.min(low, p);
                    high = Math.max(high, p);
                }
            }
        }
        double visible = Math.max(high - low, 0) * VISIBLE_FRACTION;
        List<Coincidence> pairs = new ArrayList<>();
        for (int b = 1; b < ys.size(); b++) {
            for (int a = 0; a < b; a++) {
                Coincidence c = compare(a, b, ys.get(a), ys.get(b), logarithmic, visible);
                if (c != null) {
                    pairs.add(c);
                    break;
                }
            }
        }
        return pairs;
    }

    private static Coincidence compare(int a, int b, double[] ya, double[] yb, boolean logarithmic,
            double visible) {
        double largest = 0;
        double largestPlotted = 0;
        int common = 0;
        for (int i = 0; i < Math.min(ya.length, yb.length); i++) {
            boolean sa = shown(ya[i], logarithmic);
            boolean sb = shown(yb[i], logarithmic);
            if (sa != sb) {
                return null;
            }
            if (sa) {
                common++;
                largest = Math.max(largest, Math.abs(ya[i] - yb[i]));
                largestPlotted = Math.max(largestPlotted,
                        logarithmic ? Math.abs(Math.log10(ya[i]) - Math.log10(yb[i])) : Math.abs(ya[i] - yb[i]));
            }
        }
        return common > 0 && largestPlotted <= visible ? new Coincidence(a, b, largest) : null;
    }

    private static boolean shown(double v, boolean logarithmic) {
        return Double.isFinite(v) && (!logarithmic || v > 0);
    }

    /**
     * The sentence for a plot's caption.
     *
     * @param names the series' names
     * @return e.g. {@code hand and autograd coincide to 1.7e-17 (largest difference)}
     */
    public String sentence(List<String> names) {
        String to = largestDifference == 0 ? "are identical at every point"
                : "coincide to " + String.format(Locale.ROOT, "%.2g", largestDifference).replace("e-0", "e-")
                        .replace("e+0", "e+") + " (largest difference)";
        return names.get(first) + " and " + names.get(second) + " " + to;
    }
}
