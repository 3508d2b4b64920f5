package bpdiff.report.html;

import java.awt.Color;
import java.util.List;

/**
 * The colours and line styles of every picture and plot: Okabe and Ito's palette, which stays apart for the
 * common forms of colour blindness, without its yellow, which is pale on white. A series is told apart by
 * its line style too, not by colour alone.
 */
public final class Palette {

    /** Okabe–Ito blue. */
    public static final String BLUE = "#0072B2";
    /** Okabe–Ito vermillion: mismatches and the neuron where an error enters. */
    public static final String VERMILLION = "#D55E00";
    /** Okabe–Ito bluish green: agreement. */
    public static final String GREEN = "#009E73";

    /** Series colours in the order they are used. */
    public static final List<String> SERIES = List.of(BLUE, "#E69F00", GREEN, VERMILLION, "#CC79A7", "#56B4E9",
            "#000000", "#F0E442");

    /** Dash patterns (on, off, …, in pixels), one per round through the colours; empty is a solid line. */
    static final List<float[]> DASHES = List.of(new float[0], new float[] {9, 5}, new float[] {2, 4},
            new float[] {9, 4, 2, 4});

    private Palette() {}

    /**
     * The colour of the n-th series.
     *
     * @param n from 0
     * @return a hex colour
     */
    public static String colour(int n) {
        return SERIES.get(Math.floorMod(n, SERIES.size() - 1));
    }

    /**
     * The colour of the n-th series for Java2D.
     *
     * @param n from 0
     */
    public static Color awtColour(int n) {
        return Color.decode(colour(n));
    }

    /**
     * The dash pattern of the n-th series: solid for the first round through the colours, then dashed,
     * dotted and dash-dotted.
     *
     * @param n from 0
     * @return the pattern, empty for a solid line
     */
    public static float[] dash(int n) {
        return DASHES.get((n / (SERIES.size() - 1)) % DASHES.size()).clone();
    }
}
