package bpdiff.experiment;

/**
 * One line (or one set of bars) of a plot: \( (x_i, y_i) \) pairs.
 *
 * @param name the legend entry
 * @param x the abscissae (epochs, step sizes; for a bar plot the category index)
 * @param y the ordinates
 */
public record Series(String name, double[] x, double[] y) {

    /** Copies the arrays so that a series cannot change after it is made. */
    public Series {
        x = x.clone();
        y = y.clone();
    }

    /**
     * A series over epochs {@code 1..y.length}.
     *
     * @param name the legend entry
     * @param y one value per epoch
     */
    public static Series overEpochs(String name, double[] y) {
        double[] x = indices(y.length);
        for (int i = 0; i < x.length; i++) {
            x[i] += 1;
        }
        return new Series(name, x, y);
    }

    /**
     * The positions {@code 0..n-1}, the x of a bar series.
     *
     * @param n how many
     * @return {@code {0, 1, …, n-1}}
     */
    public static double[] indices(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    /** @return a copy of the abscissae */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the ordinates */
    @Override
    public double[] y() {
        return y.clone();
    }
}
