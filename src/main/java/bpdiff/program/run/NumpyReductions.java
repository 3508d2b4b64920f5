package bpdiff.program.run;

import bpdiff.program.array.Extremes;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reductions;
import bpdiff.program.array.ShapeException;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;

/**
 * numpy's reductions as functions and array methods, with {@code axis} and {@code keepdims}: {@code sum mean max min
 * amax amin prod} (recorded), {@code std var} with {@code ddof} (recorded as numpy computes them:
 * \( \sum (x - \bar x)^2 / (n - ddof) \)), {@code argmax argmin} (integers, not recorded) and
 * {@code np.linalg.norm}.
 */
final class NumpyReductions {

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    /**
     * @param machine the interpreter
     * @param numpy the functions, for their operand conversions
     */
    NumpyReductions(Interpreter machine, NumpyFunctions numpy) {
        this.machine = machine;
        this.numpy = numpy;
    }

    /**
     * @param f a numpy function's name
     * @param a its arguments, the array first
     * @param at where
     * @return its result, or {@code null} if it is not a reduction
     */
    Value call(String f, Arguments a, Span at) {
        return switch (f) {
            case "sum", "mean", "max", "min", "amax", "amin", "prod", "argmax", "argmin", "std", "var" ->
                    reduce(f, a.required(0, "a"), a, 1, at);
            case "nansum" -> nansum(a, at);
            default -> null;
        };
    }

    /**
     * A reduction of an array, as {@code np.f(x, axis, …)} or {@code x.f(axis, …)}.
     *
     * @param f {@code sum mean max min amax amin prod argmax argmin std var}
     * @param x the array (or list, or number)
     * @param a the call's arguments
     * @param axisPosition the position of {@code axis} among them
     * @param at where
     * @return the reduction
     */
    Value reduce(String f, Value x, Arguments a, int axisPosition, Span at) {
        Value operand = numpy.operand(x, at);
        Integer axis = axis(a.get(axisPosition, "axis"));
        Value keep = a.keywords().get("keepdims");
        boolean keepDims = keep != null && Truth.of(keep);
        return switch (f) {
            case "sum" -> record(Op.SUM, operand, axis, keepDims, at);
            case "mean" -> record(Op.MEAN, operand, axis, keepDims, at);
            case "max", "amax" -> record(Op.MAX, operand, axis, keepDims, at);
            case "min", "amin" -> record(Op.MIN, operand, axis, keepDims, at);
            case "prod" -> record(Op.PROD, operand, axis, keepDims, at);
            case "argmax", "argmin" -> argument(Numbers.array(operand), axis, keepDims, f.equals("argmax"));
            default -> spread(f.equals("std"), operand, axis, keepDims, a.keywords().get("ddof"), at);
        };
    }

    /**
     * {@code np.nansum(a, axis, keepdims=…)}: the sum with NaN counted as 0 (the deeplearning.ai cost
     * {@code 1./m * np.nansum(logprobs)}). Without a NaN it is the sum; with one, the sum of the elements that are not
     * NaN (their gradient 1, a NaN's 0), over all elements only.
     */
    private Value nansum(Arguments a, Span at) {
        Value operand = numpy.operand(a.required(0, "a"), at);
        NdArray value = Numbers.array(operand);
        int kept = 0;
        for (int k = 0; k < value.size(); k++) {
            kept += Double.isNaN(value.get(k)) ? 0 : 1;
        }
        if (kept == value.size()) {
            return reduce("sum", operand, a, 1, at);
        }
        Integer axis = axis(a.get(1, "axis"));
        Value keep = a.keywords().get("keepdims");
        if (axis != null || keep != null && Truth.of(keep)) {
            throw new ProgramError("np.nansum along an axis of an array holding NaN is not supported: replace the NaN "
                    + "first (np.where(np.isnan(x), 0, x))");
        }
        int[] positions = new int[kept];
        for (int k = 0, n = 0; k < value.size(); k++) {
            if (!Double.isNaN(value.get(k))) {
                positions[n++] = k;
            }
        }
        Value numbers = machine.recorder.apply(Op.GATHER, OpArgs.gather(positions, new int[] {kept}), at, operand);
        return record(Op.SUM, numbers, null, false, at);
    }

    private Value record(Op op, Value x, Integer axis, boolean keepDims, Span at) {
        return machine.recorder.apply(op, OpArgs.reduction(axis, keepDims), at, x);
    }

    /**
     * @param v an {@code axis} argument
     * @return the axis, or {@code null} for all
     * @throws ProgramError for a tuple of several axes
     */
    static Integer axis(Value v) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyTuple t && t.items().size() == 1) {
            return Numbers.toInt(t.items().get(0));
        }
        if (v instanceof PyTuple) {
            throw new ProgramError("a tuple of several axes is not supported: reduce one axis at a time, e.g. "
                    + "x.sum(axis=1).sum(axis=0), or all of them with axis=None");
        }
        return Numbers.toInt(v);
    }

    private static Value argument(NdArray x, Integer axis, boolean keepDims, boolean maximum) {
        NdArray positions;
        try {
            positions = Extremes.argument(x, axis, maximum);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage().startsWith("zero-size") ? "attempt to get "
                    + (maximum ? "argmax" : "argmin") + " of an empty sequence" : e.getMessage());
        }
        if (keepDims) {
            int[] shape = axis == null ? ones(x.ndim()) : x.shape();
            if (axis != null) {
                shape[Reductions.axis(x, axis)] = 1;
            }
            positions = new NdArray(shape, positions.data(), positions.dtype());
        }
        return Numbers.wrap(positions, Value.NO_NODE);
    }

    private static int[] ones(int n) {
        int[] shape = new int[n];
        java.util.Arrays.fill(shape, 1);
        return shape;
    }

    /**
     * numpy's {@code _var}: the mean kept as an axis of length 1, \( d = x - \bar x \), \( \sum d \cdot d \) over the
     * axis, divided by \( \max(n - ddof, 0) \); {@code std} is its square root. Recorded operation by operation.
     */
    private Value spread(boolean std, Value x, Integer axis, boolean keepDims, Value ddofValue, Span at) {
        NdArray value = Numbers.array(x);
        long ddof = ddofValue == null ? 0 : Numbers.toLong(ddofValue);
        long n;
        try {
            n = axis == null ? value.size() : value.dim(Reductions.axis(value, axis));
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        Value mean = record(Op.MEAN, x, axis, true, at);
        Value deviation = machine.recorder.apply(Op.SUB, OpArgs.NONE, at, x, mean);
        Value squares = machine.recorder.apply(Op.MUL, OpArgs.NONE, at, deviation, deviation);
        Value sum = record(Op.SUM, squares, axis, keepDims, at);
        Value variance = machine.recorder.apply(Op.DIV, OpArgs.NONE, at, sum, new PyInt(Math.max(n - ddof, 0)));
        return std ? machine.recorder.apply(Op.SQRT, OpArgs.NONE, at, variance) : variance;
    }

    /**
     * {@code np.linalg.norm(x, ord=None, axis=None, keepdims=False)} of vectors (all elements, or along one axis),
     * and the Frobenius norm of a matrix; the matrix norms are refused.
     *
     * @param f the function, after {@code np.linalg.}
     * @param a its arguments
     * @param at where
     * @return the norm, recorded
     */
    Value linalg(String f, Arguments a, Span at) {
        if (!f.equals("norm")) {
            throw new ProgramError("np.linalg." + f + " is not supported: bpdiff's np.linalg has only norm; write the "
                    + "computation with @, sums and elementwise functions (np.linalg.solve, inv, det, svd and eig are "
                    + "not differentiated here)");
        }
        Value x = numpy.operand(a.required(0, "x"), at);
        Value ordValue = a.get(1, "ord");
        Integer axis = axis(a.get(2, "axis"));
        Value keep = a.get(3, "keepdims");
        boolean keepDims = keep != null && Truth.of(keep);
        int ndim = Numbers.array(x).ndim();
        if (axis == null && (ndim > 2 || ndim == 0) && ordValue != null && ordValue != PyNone.NONE) {
            throw new ProgramError("Improper number of dimensions to norm.");
        }
        double order;
        if (ordValue == null || ordValue == PyNone.NONE) {
            order = 2;
        } else if (ordValue instanceof PyStr s && s.value().equals("fro") && ndim == 2 && axis == null) {
            order = 2;
        } else if (ordValue instanceof PyStr s) {
            throw new ProgramError("np.linalg.norm with ord='" + s.value() + "' is not supported: use ord=None "
                    + "(the 2-norm of a vector, the Frobenius norm of a matrix), 1 or np.inf");
        } else {
            order = Numbers.toDouble(ordValue);
            if (order != 1 && order != 2 && order != Double.POSITIVE_INFINITY) {
                throw new ProgramError("np.linalg.norm with ord=" + Formatting.repr(ordValue) + " is not supported: use "
                        + "ord=None (2), 1 or np.inf");
            }
            if (axis == null && ndim >= 2) {
                throw new ProgramError("the matrix " + (order == 2 ? "2" : order == 1 ? "1" : "inf") + "-norm is not "
                        + "supported: np.linalg.norm(W) gives the Frobenius norm, and ord=" + (order == 2 ? "2"
                        : order == 1 ? "1" : "np.inf") + " with axis= a vector norm along one axis");
            }
        }
        return machine.recorder.apply(Op.NORM, OpArgs.norm(order, axis, keepDims), at, x);
    }
}
