package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions of numpy and math in the subset, with numpy's semantics. Arithmetic is recorded; array
 * construction ({@code zeros}, {@code random.randn}, …) gives constants until assigned to a variable. Reductions
 * are {@link NumpyReductions}', joining and reshaping {@link NumpyShapes}', tests {@link NumpyPredicates}',
 * {@code np.random} {@link RandomFunctions}'.
 */
final class NumpyFunctions {

    private final Interpreter machine;
    private final NumpyReductions reductions;
    private final NumpyShapes shapes;
    private final NumpyEinsum einsum;
    private final NumpyTensordot tensordot;
    private final NumpyHelpers helpers;
    private final NumpySplits splits;
    private final NumpyPrinting printing;

    /**
     * @param machine the interpreter
     */
    NumpyFunctions(Interpreter machine) {
        this.machine = machine;
        this.reductions = new NumpyReductions(machine, this);
        this.shapes = new NumpyShapes(machine, this);
        this.einsum = new NumpyEinsum(machine, this);
        this.tensordot = new NumpyTensordot(machine, this);
        this.helpers = new NumpyHelpers(machine, this);
        this.splits = new NumpySplits(machine, this);
        this.printing = new NumpyPrinting(machine);
    }

    /** @return the reductions ({@code sum max argmax std …}) */
    NumpyReductions reductions() {
        return reductions;
    }

    /** @return the joining and reshaping functions */
    NumpyShapes shapes() {
        return shapes;
    }

    /**
     * @param name the qualified name, {@code numpy.exp}, {@code numpy.random.randn}, {@code math.exp}
     * @param a the arguments
     * @param at where
     * @return the result
     */
    Value call(String name, Arguments a, Span at) {
        if (name.startsWith("numpy.random.")) {
            return RandomFunctions.call(machine, name.substring("numpy.random.".length()), a, at);
        }
        if (name.startsWith("numpy.linalg.")) {
            return reductions.linalg(name.substring("numpy.linalg.".length()), a, at);
        }
        String f = name.substring("numpy.".length());
        return switch (f) {
            case "array" -> atLeast(array(a.required(0, "object"), a.get(1, "dtype"), at), a.keywords().get("ndmin"), at);
            case "asarray", "copy" -> array(a.required(0, "object"), a.get(1, "dtype"), at);
            case "zeros", "ones", "empty", "full", "zeros_like", "ones_like", "empty_like", "full_like", "eye",
                    "identity", "arange", "linspace" -> Creation.make(machine, f, a);
            case "float64", "float32", "int64", "bool_" -> NumpyTypes.convert(DType.named(f), a);
            case "dot" -> dot(a.required(0, "a"), a.required(1, "b"), at);
            case "outer" -> apply(Op.OUTER, at, a.required(0, "a"), a.required(1, "b"));
            case "matmul" -> machine.operators.binary(BinaryOperator.MATMUL, a.required(0, "x1"), a.required(1, "x2"), at);
            case "exp" -> apply(Op.EXP, at, a.required(0, "x"));
            case "log" -> apply(Op.LOG, at, a.required(0, "x"));
            case "sqrt" -> apply(Op.SQRT, at, a.required(0, "x"));
            case "tanh" -> apply(Op.TANH, at, a.required(0, "x"));
            case "sin" -> apply(Op.SIN, at, a.required(0, "x"));
            case "cos" -> apply(Op.COS, at, a.required(0, "x"));
            case "log1p" -> apply(Op.LOG1P, at, a.required(0, "x"));
            case "logaddexp" -> apply(Op.LOGADDEXP, at, a.required(0, "x1"), a.required(1, "x2"));
            case "sign" -> apply(Op.SIGN, at, a.required(0, "x"));
            case "abs", "absolute" -> apply(Op.ABS, at, a.required(0, "x"));
            case "square" -> apply(Op.POW, at, a.required(0, "x"), new PyInt(2));
            case "maximum" -> maximum(a.required(0, "x1"), a.required(1, "x2"), at);
            case "minimum" -> apply(Op.MINIMUM, at, a.required(0, "x1"), a.required(1, "x2"));
            case "clip" -> clip(a.required(0, "a"), a.get(1, "a_min"), a.get(2, "a_max"), at);
            case "where" -> where(a, at);
            case "einsum" -> einsum.call(a, at);
            case "tensordot" -> tensordot.call(a, at);
            case "nditer" -> new PyNditer(Numbers.array(operand(a.required(0, "op"), at)).shape());
            case "average" -> {
                if (a.get(2, "weights") != null && a.get(2, "weights") != PyNone.NONE) {
                    throw new ProgramError("np.average with weights is not supported: write np.sum(w * x) / np.sum(w)");
                }
                yield reductions.reduce("mean", a.required(0, "a"), a, 1, at);
            }
            case "multiply" -> apply(Op.MUL, at, a.required(0, "x1"), a.required(1, "x2"));
            case "add" -> apply(Op.ADD, at, a.required(0, "x1"), a.required(1, "x2"));
            case "subtract" -> apply(Op.SUB, at, a.required(0, "x1"), a.required(1, "x2"));
            case "divide", "true_divide" -> apply(Op.DIV, at, a.required(0, "x1"), a.required(1, "x2"));
            case "power" -> apply(Op.POW, at, a.required(0, "x1"), a.required(1, "x2"));
            case "round", "around" -> round(a.required(0, "a"), a.get(1, "decimals"));
            case "set_printoptions" -> {
                machine.printOptions = NumpyPrinting.setPrintOptions(machine.printOptions, a);
                yield PyNone.NONE;
            }
            // floating-point warnings go to standard error, which bpdiff does not show: nothing to change
            case "errstate" -> PyIgnored.IGNORED;
            case "seterr" -> {
                PyDict before = new PyDict();
                for (String kind : List.of("divide", "over", "under", "invalid")) {
                    before.put(new PyStr(kind), new PyStr(kind.equals("under") ? "ignore" : "warn"));
                }
                yield before;
            }
            default -> {
                Value result = reductions.call(f, a, at);
                if (result == null) {
                    result = shapes.call(f, a, at);
                }
                if (result == null) {
                    result = NumpyPredicates.call(f, a);
                }
                if (result == null) {
                    result = helpers.call(f, a, at);
                }
                if (result == null) {
                    result = splits.call(f, a, at);
                }
                if (result == null) {
                    result = printing.call(f, a);
                }
                if (result == null) {
                    throw new ProgramError("np." + f + " is not supported");
                }
                yield result;
            }
        };
    }

    /** {@code np.maximum(x1, x2)}; with a constant 0 on either side, the ReLU ({@link Op#RELU}). */
    private Value maximum(Value x1, Value x2, Span at) {
        if (isZero(x1) && !isZero(x2) && Numbers.node(x2) != Value.NO_NODE) {
            return apply(Op.RELU, at, x2);
        }
        if (isZero(x2) && !isZero(x1) && Numbers.node(x1) != Value.NO_NODE) {
            return apply(Op.RELU, at, x1);
        }
        return apply(Op.MAXIMUM, at, x1, x2);
    }

    private static boolean isZero(Value v) {
        return (v instanceof PyInt i && i.value() == 0 || v instanceof PyFloat f && f.value() == 0
                && f.node() == Value.NO_NODE);
    }

    /**
     * Applies a recorded operation to numbers and arrays; lists and tuples become arrays first.
     *
     * @param op the operation
     * @param at where
     * @param inputs the operands
     * @return the result
     */
    Value apply(Op op, Span at, Value... inputs) {
        return apply(op, OpArgs.NONE, at, inputs);
    }

    /**
     * @param op the operation
     * @param args its arguments
     * @param at where
     * @param inputs the operands; lists and tuples become arrays first, as numpy reads them
     * @return the result
     */
    Value apply(Op op, OpArgs args, Span at, Value... inputs) {
        Value[] operands = new Value[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            operands[k] = operand(inputs[k], at);
        }
        return Numbers.numpy(machine.recorder.apply(op, args, at, operands));
    }

    /**
     * @param v an argument of a numpy function
     * @param at where
     * @return it as a number or array ({@code np.array} of a list or tuple)
     * @throws ProgramError for anything else
     */
    Value operand(Value v, Span at) {
        if (v instanceof PyList || v instanceof PyTuple) {
            return array(v, null, at);
        }
        if (!Numbers.isNumeric(v)) {
            throw new ProgramError("expected a number or an array, got " + v.typeName());
        }
        return v;
    }

    /**
     * {@code np.array(obj, dtype=None)}: a copy of an array, or a list of numbers and arrays as one array of their
     * promoted type; recorded (so that {@code np.array([w1, w2])} depends on {@code w1} and {@code w2}) when an
     * element was recorded.
     *
     * @param v the object
     * @param dtype the {@code dtype=} argument, or {@code null}
     * @param at where
     * @return the array (a number for a number)
     */
    Value array(Value v, Value dtype, Span at) {
        DType type = NumpyTypes.optional(dtype);
        Value result;
        if (v instanceof PyArray a) {
            result = new PyArray(a.value(), a.node());
        } else {
            NdArray value = Numbers.array(v);
            machine.recorder.checkSize(value.size());
            result = packed(machine.recorder, v, value, at);
        }
        return type == null ? result : NumpyTypes.cast(result, type);
    }

    /**
     * {@code np.array(…, ndmin=n)}: ones prepended to the shape until it has at least n dimensions (Rashid's
     * {@code numpy.array(inputs_list, ndmin=2).T}, a list made a column), recorded as a reshape.
     *
     * @param v the array made
     * @param ndmin the {@code ndmin=} argument, or {@code null}
     * @param at where
     * @return the array with at least that many dimensions
     */
    private Value atLeast(Value v, Value ndmin, Span at) {
        int[] shape = Numbers.array(v).shape();
        long wanted = ndmin == null ? 0 : Numbers.toLong(ndmin);
        if (wanted > 32) {
            throw ProgramError.of("ValueError", "ndmin bigger than allowable number of dimensions NPY_MAXDIMS (=32)");
        }
        if (wanted <= shape.length) {
            return v;
        }
        int[] padded = new int[(int) wanted];
        java.util.Arrays.fill(padded, 1);
        System.arraycopy(shape, 0, padded, padded.length - shape.length, shape.length);
        return apply(Op.RESHAPE, OpArgs.shape(padded), at, v);
    }

    /**
     * The numbers of a list or tuple (nested), or of a number, as one array whose node depends on each recorded
     * number: {@code reshape(concat(items))}, so that the check sees through {@code np.array([w1, w2])} (and
     * {@code torch.tensor([w1, w2])}) to {@code w1} and {@code w2}.
     *
     * @param recorder the run's recorder
     * @param v a list, a tuple or a number
     * @param value its elements
     * @param at where
     * @return the array, with no node when no item has one
     */
    static Value packed(Recorder recorder, Value v, NdArray value, Span at) {
        if (!(v instanceof PyList || v instanceof PyTuple)) {
            return Numbers.wrap(value, Numbers.node(v));
        }
        List<Value> leaves = new ArrayList<>();
        flatten(v, leaves);
        if (leaves.stream().allMatch(x -> Numbers.node(x) == Value.NO_NODE)) {
            return new PyArray(value, Value.NO_NODE);
        }
        Value joined = recorder.apply(Op.CONCAT, OpArgs.NONE, at, leaves.toArray(new Value[0]));
        return recorder.apply(Op.RESHAPE, OpArgs.shape(value.shape()), at, joined);
    }

    private static void flatten(Value v, List<Value> leaves) {
        if (v instanceof PyList || v instanceof PyTuple) {
            Numbers.items(v).forEach(item -> flatten(item, leaves));
        } else {
            leaves.add(v);
        }
    }

    /** numpy's {@code dot}: a plain product when one side is a number, else the matrix product. */
    Value dot(Value x, Value y, Span at) {
        Value a = operand(x, at);
        Value b = operand(y, at);
        boolean scalar = !(a instanceof PyArray) || !(b instanceof PyArray);
        return scalar ? apply(Op.MUL, at, a, b) : machine.operators.binary(BinaryOperator.MATMUL, a, b, at);
    }

    /** {@code np.clip(a, a_min, a_max)}; a bound of {@code None} is no bound. */
    Value clip(Value x, Value low, Value high, Span at) {
        if ((low == null || low == PyNone.NONE) && (high == null || high == PyNone.NONE)) {
            throw new ProgramError("One of max or min must be given");
        }
        boolean floats = Numbers.array(operand(x, at)).dtype().isFloat();
        Value lo = low == null || low == PyNone.NONE
                ? floats ? PyFloat.of(Double.NEGATIVE_INFINITY) : new PyInt(Long.MIN_VALUE) : low;
        Value hi = high == null || high == PyNone.NONE
                ? floats ? PyFloat.of(Double.POSITIVE_INFINITY) : new PyInt(Long.MAX_VALUE) : high;
        return apply(Op.CLIP, at, x, lo, hi);
    }

    private Value where(Arguments a, Span at) {
        if (a.size() != 3) {
            throw new ProgramError("np.where with one argument is not supported: write np.where(condition, x, y)");
        }
        return apply(Op.WHERE, at, a.required(0, "condition"), a.required(1, "x"), a.required(2, "y"));
    }

    /**
     * numpy's {@code round(a, decimals)}: \( \operatorname{rint}(a \cdot 10^d) / 10^d \) (for negative {@code d},
     * \( \operatorname{rint}(a / 10^{-d}) \cdot 10^{-d} \)), halves to even; integers stay as they are. Not
     * differentiated (its derivative is 0 almost everywhere).
     *
     * @param x a number or array
     * @param decimals the number of decimals, or {@code null} for 0
     * @return the rounded value, a constant
     */
    static Value round(Value x, Value decimals) {
        int d = decimals == null || decimals == PyNone.NONE ? 0 : Numbers.toInt(decimals);
        NdArray value = Numbers.array(x);
        if (!value.dtype().isFloat()) {
            return x instanceof PyArray ? new PyArray(value, Value.NO_NODE) : Numbers.wrap(value, Value.NO_NODE);
        }
        // as numpy's around: x * 10^d, rint, / 10^d, each in the array's type (a float32 array stays float32 numbers)
        bpdiff.program.array.DType type = value.dtype();
        double factor = type.cast(Math.pow(10, Math.abs(d)));
        double[] out = value.data();
        for (int k = 0; k < out.length; k++) {
            out[k] = d >= 0 ? type.cast(type.cast(Math.rint(type.cast(out[k] * factor))) / factor)
                    : type.cast(Math.rint(type.cast(out[k] / factor)) * factor);
        }
        NdArray rounded = new NdArray(value.shape(), out, value.dtype()).withDType(value.dtype());
        return x instanceof PyArray ? new PyArray(rounded, Value.NO_NODE) : Numbers.wrap(rounded, Value.NO_NODE);
    }
}
