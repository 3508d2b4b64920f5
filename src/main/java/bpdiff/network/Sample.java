package bpdiff.network;

import java.util.Arrays;

/**
 * One training sample: the inputs {@code x1, x2, ...} and the targets {@code y1, y2, ...}.
 *
 * @param x the inputs, one per input neuron
 * @param y the targets, one per output neuron
 */
public record Sample(double[] x, double[] y) {

    /** Copies the arrays so that a sample cannot change after it is made. */
    public Sample {
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Sample[x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + "]";
    }
}
