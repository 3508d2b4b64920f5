package bpdiff.program.array;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Elementwise operations with numpy's broadcasting. */
public final class Elementwise {

    private Elementwise() {}

    /**
     * @param a the left operand
     * @param b the right operand
     * @param f the operation on two elements
     * @return \( f(a_i, b_i) \) over the broadcast shape
     * @throws ShapeException if the shapes do not broadcast
     */
    public static NdArray binary(NdArray a, NdArray b, DoubleBinaryOperator f) {
        if (a.size() == 1 && b.size() == 1 && a.ndim() == b.ndim()) {
            return new NdArray(a.shape(), new double[] {f.applyAsDouble(a.raw()[0], b.raw()[0])});
        }
        int[] shape = Shapes.broadcast(a.rawShape(), b.rawShape());
        boolean aWhole = Arrays.equals(a.rawShape(), shape);
        boolean bWhole = Arrays.equals(b.rawShape(), shape);
        if ((aWhole || a.size() == 1) && (bWhole || b.size() == 1) && (aWhole || bWhole)) {
            // every element of the result reads the same position of a whole operand, the only one of a single
            double[] x = a.raw();
            double[] y = b.raw();
            double[] out = new double[aWhole ? x.length : y.length];
            int sa = aWhole ? 1 : 0;
            int sb = bWhole ? 1 : 0;
            for (int k = 0; k < out.length; k++) {
                out[k] = f.applyAsDouble(x[k * sa], y[k * sb]);
            }
            return new NdArray(shape, out);
        }
        int[] ia = Shapes.broadcastIndex(a.rawShape(), shape);
        int[] ib = Shapes.broadcastIndex(b.rawShape(), shape);
        double[] out = new double[ia.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = f.applyAsDouble(a.raw()[ia[k]], b.raw()[ib[k]]);
        }
        return new NdArray(shape, out);
    }

    /**
     * @param a the operand
     * @param f the operation on one element
     * @return \( f(a_i) \)
     */
    public static NdArray unary(NdArray a, DoubleUnaryOperator f) {
        double[] out = new double[a.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = f.applyAsDouble(a.raw()[k]);
        }
        return new NdArray(a.shape(), out);
    }

    /**
     * numpy's {@code where}: elements of {@code a} where the condition is not 0, else of {@code b}.
     *
     * @param condition 0/1 (or any) values
     * @param a the values where it holds
     * @param b the values where it does not
     * @return the selection over the broadcast shape of all three
     */
    public static NdArray where(NdArray condition, NdArray a, NdArray b) {
        return ternary(condition, a, b, (c, x, y) -> c != 0 ? x : y);
    }

    /**
     * numpy's {@code clip}: \( \min(\max(x, lo), hi) \) over the broadcast shape, NaN where any of them is NaN.
     *
     * @param x the values
     * @param lo the lower bounds (\( -\infty \) for none)
     * @param hi the upper bounds (\( +\infty \) for none)
     * @return the clipped values
     */
    public static NdArray clip(NdArray x, NdArray lo, NdArray hi) {
        return ternary(x, lo, hi, (v, l, h) -> {
            double low = Double.isNaN(v) || Double.isNaN(l) ? Double.NaN : Math.max(v, l);
            return Double.isNaN(low) || Double.isNaN(h) ? Double.NaN : Math.min(low, h);
        });
    }

    /** An operation on three elements. */
    private interface Ternary {
        double apply(double a, double b, double c);
    }

    /** @return \( f(a_i, b_i, c_i) \) over the broadcast shape of the three */
    private static NdArray ternary(NdArray a, NdArray b, NdArray c, Ternary f) {
        int[] shape = Shapes.broadcast(Shapes.broadcast(a.rawShape(), b.rawShape()), c.rawShape());
        int[] ia = Shapes.broadcastIndex(a.rawShape(), shape);
        int[] ib = Shapes.broadcastIndex(b.rawShape(), shape);
        int[] ic = Shapes.broadcastIndex(c.rawShape(), shape);
        double[] out = new double[ia.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = f.apply(a.raw()[ia[k]], b.raw()[ib[k]], c.raw()[ic[k]]);
        }
        return new NdArray(shape, out);
    }
}
