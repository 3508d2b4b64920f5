package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * The functions of numpy and math in the subset, with numpy's semantics. Arithmetic is recorded; array
 * construction ({@code zeros}, {@code random.randn}, …) gives constants until assigned to a variable.
 */
final class NumpyFunctions {

    private final Interpreter machine;

    /**
     * @param machine the interpreter
     */
    NumpyFunctions(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * @param name the qualified name, {@code numpy.exp}, {@code numpy.random.randn}, {@code math.exp}
     * @param a the arguments
     * @param at where
     * @return the result
     */
    Value call(String name, Arguments a, Span at) {
        if (name.startsWith("numpy.random.")) {
            return Creation.random(machine, name.substring("numpy.random.".length()), a);
        }
        if (name.startsWith("math.")) {
            return math(name.substring(5), a, at);
        }
        String f = name.substring("numpy.".length());
        return switch (f) {
            case "array", "asarray", "copy" -> array(a.required(0, "object"), at);
            case "zeros", "ones", "zeros_like", "ones_like", "arange", "linspace" -> Creation.make(machine, f, a);
            case "dot" -> dot(a.required(0, "a"), a.required(1, "b"), at);
            case "outer" -> apply(Op.OUTER, at, a.required(0, "a"), a.required(1, "b"));
            case "matmul" -> machine.operators.binary(BinaryOperator.MATMUL, a.required(0, "x1"), a.required(1, "x2"), at);
            case "sum", "mean" -> reduce(f.equals("sum") ? Op.SUM : Op.MEAN, a.required(0, "a"), a, 1, at);
            case "exp" -> apply(Op.EXP, at, a.required(0, "x"));
            case "log" -> apply(Op.LOG, at, a.required(0, "x"));
            case "sqrt" -> apply(Op.SQRT, at, a.required(0, "x"));
            case "tanh" -> apply(Op.TANH, at, a.required(0, "x"));
            case "abs", "absolute" -> apply(Op.ABS, at, a.required(0, "x"));
            case "square" -> apply(Op.POW, at, a.required(0, "x"), new PyInt(2));
            case "maximum" -> apply(Op.MAXIMUM, at, a.required(0, "x1"), a.required(1, "x2"));
            case "minimum" -> apply(Op.MINIMUM, at, a.required(0, "x1"), a.required(1, "x2"));
            case "where" -> where(a, at);
            case "transpose" -> transpose(a.required(0, "a"), at);
            case "reshape" -> reshape(a.required(0, "a"), shapeOf(a.required(1, "newshape")), at);
            case "round" -> Builtins.round(a.required(0, "a"), a.get(1, "decimals") == null ? new PyInt(0)
                    : a.get(1, "decimals"));
            case "multiply" -> apply(Op.MUL, at, a.required(0, "x1"), a.required(1, "x2"));
            case "add" -> apply(Op.ADD, at, a.required(0, "x1"), a.required(1, "x2"));
            case "subtract" -> apply(Op.SUB, at, a.required(0, "x1"), a.required(1, "x2"));
            case "divide" -> apply(Op.DIV, at, a.required(0, "x1"), a.required(1, "x2"));
            case "power" -> apply(Op.POW, at, a.required(0, "x1"), a.required(1, "x2"));
            case "shape" -> a.required(0, "a") instanceof PyArray x ? Attributes.shape(x) : new PyTuple(List.of());
            case "size" -> new PyInt(Numbers.array(a.required(0, "a")).size());
            case "float64" -> a.size() == 0 ? PyFloat.of(0) : machine.calls.call(new PyBuiltin("float"),
                    a.positional(), java.util.Map.of(), at);
            default -> throw new ProgramError("np." + f + " is not supported");
        };
    }

    private Value apply(Op op, Span at, Value... inputs) {
        for (Value v : inputs) {
            requireNumeric(v);
        }
        return machine.recorder.apply(op, OpArgs.NONE, at, inputs);
    }

    /** Lists and tuples become arrays first, as numpy reads them. */
    private Value requireNumeric(Value v) {
        if (!Numbers.isNumeric(v)) {
            Numbers.array(v);
            throw new ProgramError("pass lists to np.array(…) first; this function takes numbers and arrays");
        }
        return v;
    }

    private Value math(String f, Arguments a, Span at) {
        Value x = a.required(0, "x");
        if (x instanceof PyArray array && array.value().size() != 1) {
            throw new ProgramError("only size-1 arrays can be converted to Python scalars (math." + f
                    + " takes a number; np." + f + " takes arrays)");
        }
        return switch (f) {
            case "exp" -> apply(Op.EXP, at, x);
            case "log" -> a.size() > 1 ? machine.operators.binary(BinaryOperator.DIVIDE, apply(Op.LOG, at, x),
                    apply(Op.LOG, at, a.required(1, "base")), at) : apply(Op.LOG, at, x);
            case "sqrt" -> apply(Op.SQRT, at, x);
            case "tanh" -> apply(Op.TANH, at, x);
            case "fabs" -> apply(Op.ABS, at, x);
            case "pow" -> machine.operators.binary(BinaryOperator.POWER, toFloat(x), a.required(1, "y"), at);
            case "floor" -> new PyInt((long) Math.floor(Numbers.toDouble(x)));
            case "ceil" -> new PyInt((long) Math.ceil(Numbers.toDouble(x)));
            default -> throw new ProgramError("math." + f + " is not supported");
        };
    }

    private static Value toFloat(Value x) {
        return x instanceof PyInt i ? PyFloat.of(i.value()) : x;
    }

    /**
     * {@code np.array(obj)}: a copy of an array, or a list of numbers and arrays as one array; recorded (so
     * that {@code np.array([w1, w2])} depends on {@code w1} and {@code w2}) when an element was recorded.
     *
     * @param v the object
     * @param at where
     * @return the array (a float for a number)
     */
    Value array(Value v, Span at) {
        if (v instanceof PyArray a) {
            return new PyArray(a.value(), a.node());
        }
        NdArray value = Numbers.array(v);
        machine.recorder.checkSize(value.size());
        if (!(v instanceof PyList || v instanceof PyTuple)) {
            return Numbers.wrap(value, Numbers.node(v), false);
        }
        List<Value> leaves = new ArrayList<>();
        flatten(v, leaves);
        if (leaves.stream().allMatch(x -> Numbers.node(x) == Value.NO_NODE)) {
            return Numbers.wrap(value, Value.NO_NODE, false);
        }
        Value joined = machine.recorder.apply(Op.CONCAT, OpArgs.NONE, at, leaves.toArray(new Value[0]));
        return reshape(joined, value.shape(), at);
    }

    private static void flatten(Value v, List<Value> leaves) {
        if (v instanceof PyList || v instanceof PyTuple) {
            Numbers.items(v).forEach(item -> flatten(item, leaves));
        } else {
            leaves.add(v);
        }
    }

    /** numpy's {@code dot}: a plain product when one side is a number, else the matrix product. */
    private Value dot(Value x, Value y, Span at) {
        boolean scalar = !(x instanceof PyArray) || !(y instanceof PyArray);
        return scalar ? apply(Op.MUL, at, requireNumeric(x), requireNumeric(y))
                : machine.operators.binary(BinaryOperator.MATMUL, x, y, at);
    }

    /**
     * {@code sum} or {@code mean} with numpy's {@code axis} and {@code keepdims}.
     *
     * @param op {@link Op#SUM} or {@link Op#MEAN}
     * @param x the array
     * @param a the call's arguments
     * @param axisPosition the position of {@code axis} among them
     * @param at where
     * @return the reduction
     */
    Value reduce(Op op, Value x, Arguments a, int axisPosition, Span at) {
        Value axis = a.get(axisPosition, "axis");
        Value keep = a.keywords().get("keepdims");
        Integer ax = axis == null || axis == PyNone.NONE ? null : (int) Numbers.toLong(axis);
        boolean keepDims = keep != null && Truth.of(keep);
        Value operand = x instanceof PyList || x instanceof PyTuple ? array(x, at) : requireNumeric(x);
        return machine.recorder.apply(op, OpArgs.reduction(ax, keepDims), at, operand);
    }

    private Value where(Arguments a, Span at) {
        if (a.size() != 3) {
            throw new ProgramError("np.where with one argument is not supported: write np.where(condition, x, y)");
        }
        return apply(Op.WHERE, at, a.required(0, "condition"), a.required(1, "x"), a.required(2, "y"));
    }

    /**
     * @param x an array or number
     * @param at where
     * @return its transpose
     */
    Value transpose(Value x, Span at) {
        return x instanceof PyArray ? apply(Op.TRANSPOSE, at, x) : x;
    }

    /**
     * @param x an array
     * @param shape the new shape, one entry may be −1
     * @param at where
     * @return the reshaped array
     */
    Value reshape(Value x, int[] shape, Span at) {
        NdArray value = Numbers.array(requireNumeric(x));
        int[] resolved;
        try {
            resolved = bpdiff.program.array.Reshaping.resolve(shape, value.size(), value.shape());
        } catch (bpdiff.program.array.ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        return machine.recorder.apply(Op.RESHAPE, OpArgs.shape(resolved), at, x);
    }

    /**
     * @param v an int, or a tuple or list of ints
     * @return the shape it names
     */
    static int[] shapeOf(Value v) {
        if (v instanceof PyInt || v instanceof PyBool) {
            long d = Numbers.toLong(v);
            return new int[] {d == -1 ? -1 : checkedDim(d)};
        }
        List<Value> items = Numbers.items(v);
        int[] shape = new int[items.size()];
        for (int k = 0; k < shape.length; k++) {
            long d = Numbers.toLong(items.get(k));
            shape[k] = d == -1 ? -1 : checkedDim(d);
        }
        return shape;
    }

    private static int checkedDim(long d) {
        if (d < 0 || d > Integer.MAX_VALUE) {
            throw new ProgramError("negative or too large dimension: " + d);
        }
        return (int) d;
    }
}
