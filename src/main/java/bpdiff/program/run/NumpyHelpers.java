package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numpy helpers tutorials call around their arithmetic: {@code np.asfarray} (Rashid reads his records with it),
 * {@code np.nan_to_num} (Nielsen's cross-entropy cost) and {@code np.apply_along_axis} (Zhou's loss over the data
 * set), with numpy 1.24's semantics.
 */
final class NumpyHelpers {

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    NumpyHelpers(Interpreter machine, NumpyFunctions numpy) {
        this.machine = machine;
        this.numpy = numpy;
    }

    /**
     * @param f the function, after {@code np.}
     * @param a the arguments
     * @param at where
     * @return its result, or {@code null} if {@code f} is none of these helpers
     */
    Value call(String f, Arguments a, Span at) {
        return switch (f) {
            case "asfarray" -> asfarray(a.required(0, "a"), a.get(1, "dtype"), at);
            case "nan_to_num" -> nanToNum(a, at);
            case "apply_along_axis" -> alongAxis(a, at);
            default -> null;
        };
    }

    /**
     * {@code np.asfarray(a, dtype=float64)}: {@code np.asarray(a, dtype)} with a float type (an integer or bool type
     * given is float64); strings in a list are read as numbers ({@code np.asfarray(record.split(','))}).
     */
    private Value asfarray(Value v, Value dtype, Span at) {
        DType type = NumpyTypes.optional(dtype);
        type = type == null || !type.isFloat() ? DType.FLOAT64 : type;
        Value numbers = v instanceof PyList || v instanceof PyTuple ? parsed(v, at) : v;
        return NumpyTypes.cast(numpy.array(numbers, null, at), type);
    }

    /** A list or tuple with each string (nested) read by {@code float()}. */
    private Value parsed(Value v, Span at) {
        if (v instanceof PyStr) {
            return machine.calls.call(new PyBuiltin("float"), List.of(v), Map.of(), at);
        }
        if (!(v instanceof PyList || v instanceof PyTuple)) {
            return v;
        }
        List<Value> items = new ArrayList<>();
        for (Value item : Numbers.items(v)) {
            items.add(parsed(item, at));
        }
        return PyList.of(items);
    }

    /**
     * {@code np.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)}: NaN becomes {@code nan}, ∞ and −∞ the
     * largest and smallest finite float (or {@code posinf}, {@code neginf}); integers are returned as they are.
     * Recorded as {@code where(isfinite(x), x, replacement)}, so the derivative is 1 where x is finite and 0 where it
     * is replaced, as {@code torch.nan_to_num}'s.
     */
    private Value nanToNum(Arguments a, Span at) {
        a.check(5, "x", "copy", "nan", "posinf", "neginf");
        Value x = numpy.operand(a.required(0, "x"), at);
        NdArray value = Numbers.array(x);
        if (!value.dtype().isFloat()) {
            return x;
        }
        double nan = number(a.get(2, "nan"), 0.0);
        double posinf = number(a.get(3, "posinf"), Double.MAX_VALUE);
        double neginf = number(a.get(4, "neginf"), -Double.MAX_VALUE);
        double[] data = value.data();
        double[] finite = new double[data.length];
        double[] replaced = new double[data.length];
        for (int k = 0; k < data.length; k++) {
            finite[k] = Double.isFinite(data[k]) ? 1 : 0;
            replaced[k] = Double.isNaN(data[k]) ? nan : data[k] == Double.POSITIVE_INFINITY ? posinf
                    : data[k] == Double.NEGATIVE_INFINITY ? neginf : data[k];
        }
        Value mask = Numbers.wrap(new NdArray(value.shape(), finite, DType.BOOL), Value.NO_NODE);
        Value replacement = Numbers.wrap(new NdArray(value.shape(), replaced, value.dtype()), Value.NO_NODE);
        if (x instanceof PyArray) {
            mask = new PyArray(Numbers.array(mask), Value.NO_NODE);
            replacement = new PyArray(Numbers.array(replacement), Value.NO_NODE);
        }
        return numpy.apply(Op.WHERE, at, mask, x, replacement);
    }

    private static double number(Value v, double otherwise) {
        return v == null || v == PyNone.NONE ? otherwise : Numbers.toDouble(v);
    }

    /**
     * {@code np.apply_along_axis(func1d, axis, arr, *args, **kwargs)}: {@code func1d} called on each 1-D slice of
     * {@code arr} along {@code axis} (the other indices in C order), the results joined into an array of shape
     * {@code arr.shape[:axis] + result.shape + arr.shape[axis+1:]}. The slices are recorded indexing, so results
     * that depend on the parameters keep depending on them. A non-scalar result along any axis but the last is
     * refused.
     */
    private Value alongAxis(Arguments a, Span at) {
        Value function = a.required(0, "func1d");
        Value arr = numpy.operand(a.required(2, "arr"), at);
        int ndim = Numbers.array(arr).ndim();
        long given = Numbers.toLong(a.required(1, "axis"));
        if (given < -ndim || given >= ndim) {
            throw new ProgramError("axis " + given + " is out of bounds for array of dimension " + ndim);
        }
        int axis = (int) (given < 0 ? given + ndim : given);
        int[] shape = Numbers.array(arr).shape();
        List<Value> extra = a.positional().size() > 3 ? a.positional().subList(3, a.positional().size()) : List.of();
        Map<String, Value> keywords = new LinkedHashMap<>(a.keywords());
        keywords.keySet().removeAll(List.of("func1d", "axis", "arr"));
        List<Integer> outer = new ArrayList<>();
        int count = 1;
        for (int d = 0; d < ndim; d++) {
            if (d != axis) {
                outer.add(shape[d]);
                count *= shape[d];
            }
        }
        if (count == 0) {
            throw ProgramError.of("ValueError", "Cannot apply_along_axis when any iteration dimensions are 0");
        }
        List<Value> results = new ArrayList<>();
        int[] index = new int[outer.size()];
        for (int n = 0; n < count; n++) {
            List<Value> indices = new ArrayList<>();
            for (int d = 0, o = 0; d < ndim; d++) {
                indices.add(d == axis ? new PySlice(null, null, null) : new PyInt(index[o++]));
            }
            List<Value> args = new ArrayList<>();
            args.add(Subscripts.get(machine, arr, indices, at));
            args.addAll(extra);
            results.add(machine.calls.call(function, args, keywords, at));
            for (int o = index.length - 1; o >= 0 && ++index[o] == outer.get(o); o--) {
                index[o] = 0;
            }
        }
        Value joined = numpy.array(PyList.of(results), null, at);
        int[] result = Numbers.array(joined).shape();
        if (result.length > 1 && axis != ndim - 1) {
            throw new ProgramError("np.apply_along_axis of a function that returns an array is supported along the "
                    + "last axis only: write a loop over the slices");
        }
        int[] target = new int[outer.size() + result.length - 1];
        for (int d = 0; d < target.length; d++) {
            target[d] = d < outer.size() ? outer.get(d) : result[d - outer.size() + 1];
        }
        return numpy.apply(Op.RESHAPE, OpArgs.shape(target), at, joined);
    }
}
