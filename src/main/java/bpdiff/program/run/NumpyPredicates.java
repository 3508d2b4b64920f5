package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reductions;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.Shapes;
import java.util.function.DoublePredicate;

/**
 * numpy's tests, which give bools and are not differentiated: {@code isnan isinf isfinite}, {@code isclose}
 * \( |a - b| \le atol + rtol |b| \) (infinities close only to themselves, NaN to nothing unless
 * {@code equal_nan}), {@code allclose}, {@code array_equal}, {@code any}, {@code all}.
 */
final class NumpyPredicates {

    private NumpyPredicates() {}

    /**
     * @param f a numpy function's name
     * @param a its arguments
     * @return its result, or {@code null} if it is not one of these
     */
    static Value call(String f, Arguments a) {
        return switch (f) {
            case "isnan" -> test(a.required(0, "x"), Double::isNaN);
            case "isinf" -> test(a.required(0, "x"), Double::isInfinite);
            case "isfinite" -> test(a.required(0, "x"), Double::isFinite);
            case "isclose" -> Numbers.wrap(close(a), Value.NO_NODE);
            case "allclose" -> PyBool.of(all(close(a)));
            case "array_equal" -> PyBool.of(equal(Numbers.array(a.required(0, "a1")), Numbers.array(a.required(1, "a2"))));
            case "any", "all" -> reduce(f.equals("any"), a.required(0, "a"), a.get(1, "axis"));
            default -> null;
        };
    }

    private static Value test(Value x, DoublePredicate test) {
        NdArray value = Numbers.array(x);
        double[] out = new double[value.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = test.test(value.get(k)) ? 1 : 0;
        }
        return Numbers.wrap(new NdArray(value.shape(), out, DType.BOOL), Value.NO_NODE);
    }

    private static NdArray close(Arguments a) {
        NdArray x = Numbers.array(a.required(0, "a"));
        NdArray y = Numbers.array(a.required(1, "b"));
        double rtol = a.get(2, "rtol") == null ? 1e-5 : Numbers.toDouble(a.get(2, "rtol"));
        double atol = a.get(3, "atol") == null ? 1e-8 : Numbers.toDouble(a.get(3, "atol"));
        Value equalNanValue = a.get(4, "equal_nan");
        boolean equalNan = equalNanValue != null && Truth.of(equalNanValue);
        int[] shape;
        try {
            shape = Shapes.broadcast(x.shape(), y.shape());
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        int[] ix = Shapes.broadcastIndex(x.shape(), shape);
        int[] iy = Shapes.broadcastIndex(y.shape(), shape);
        double[] out = new double[ix.length];
        for (int k = 0; k < out.length; k++) {
            double u = x.get(ix[k]);
            double v = y.get(iy[k]);
            boolean close;
            if (Double.isFinite(u) && Double.isFinite(v)) {
                close = Math.abs(u - v) <= atol + rtol * Math.abs(v);
            } else {
                close = u == v || equalNan && Double.isNaN(u) && Double.isNaN(v);
            }
            out[k] = close ? 1 : 0;
        }
        return new NdArray(shape, out, DType.BOOL);
    }

    private static boolean all(NdArray a) {
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(NdArray a, NdArray b) {
        if (!java.util.Arrays.equals(a.shape(), b.shape())) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k) != b.get(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code any} / {@code all} over all elements or an axis.
     *
     * @param any {@code any} or {@code all}
     * @param x the array
     * @param axisValue the axis, or {@code null}/{@code None}
     * @return a bool, or a bool array along the axis
     */
    static Value reduce(boolean any, Value x, Value axisValue) {
        NdArray truth = Numbers.array(x).withDType(DType.BOOL);
        Integer axis = NumpyReductions.axis(axisValue);
        NdArray counts;
        try {
            counts = Reductions.sum(truth, axis, false);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        int length = axis == null ? truth.size() : truth.dim(Reductions.axis(truth, axis));
        double[] out = new double[counts.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = (any ? counts.get(k) > 0 : counts.get(k) == length) ? 1 : 0;
        }
        return Numbers.wrap(new NdArray(counts.shape(), out, DType.BOOL), Value.NO_NODE);
    }
}
