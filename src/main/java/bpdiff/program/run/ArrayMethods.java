package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The attributes ({@code .T .shape .ndim .size .dtype}) and methods of numpy arrays, each the numpy function of
 * the same name applied to the array.
 */
final class ArrayMethods {

    /** The methods an array has in the subset. */
    static final Set<String> METHODS = Set.of("reshape", "sum", "mean", "max", "min", "argmax", "argmin", "prod",
            "std", "var", "dot", "copy", "astype", "flatten", "ravel", "item", "tolist", "transpose", "squeeze", "clip",
            "round", "any", "all", "fill");

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    /**
     * @param machine the interpreter
     */
    ArrayMethods(Interpreter machine) {
        this.machine = machine;
        this.numpy = new NumpyFunctions(machine);
    }

    /**
     * @param machine the interpreter
     * @param a the array
     * @param name the attribute
     * @param at where
     * @return {@code a.name}: a value, or a method to call
     * @throws ProgramError if arrays have no such attribute in the subset
     */
    static Value attribute(Interpreter machine, PyArray a, String name, Span at) {
        return switch (name) {
            case "T" -> machine.recorder.apply(Op.TRANSPOSE, OpArgs.NONE, at, a);
            case "shape" -> NumpyShapes.shape(a.value());
            case "size" -> new PyInt(a.value().size());
            case "ndim" -> new PyInt(a.value().ndim());
            case "dtype" -> new PyDType(a.value().dtype());
            default -> {
                if (METHODS.contains(name)) {
                    yield new PyMethod(a, name);
                }
                throw new ProgramError("'numpy.ndarray' object has no attribute '" + name + "' in bpdiff's subset "
                        + "(arrays have .T, .shape, .size, .ndim, .dtype and ." + String.join("(), .",
                        METHODS.stream().sorted().toList()) + "())");
            }
        };
    }

    /**
     * @param x the array
     * @param name the method
     * @param a the arguments
     * @param at where
     * @return the result
     */
    Value call(PyArray x, String name, Arguments a, Span at) {
        return switch (name) {
            case "reshape" -> numpy.shapes().reshape(x, a.size() == 1 ? NumpyShapes.shapeOf(a.required(0, "shape"))
                    : NumpyShapes.shapeOf(new PyTuple(a.positional())), at);
            case "sum", "mean", "max", "min", "argmax", "argmin", "prod", "std", "var" ->
                    numpy.reductions().reduce(name, x, a, 0, at);
            case "dot" -> numpy.dot(x, a.required(0, "b"), at);
            case "copy" -> new PyArray(x.value(), x.node());
            case "astype" -> NumpyTypes.cast(x, NumpyTypes.of(a.required(0, "dtype")));
            case "flatten", "ravel" -> numpy.shapes().reshape(x, new int[] {-1}, at);
            case "item" -> item(x, a, at);
            case "tolist" -> toList(x.value());
            case "transpose" -> numpy.shapes().transpose(x, at);
            case "squeeze" -> numpy.shapes().squeeze(x, a.get(0, "axis"), at);
            case "clip" -> numpy.clip(x, a.get(0, "min"), a.get(1, "max"), at);
            case "round" -> NumpyFunctions.round(x, a.get(0, "decimals"));
            case "any", "all" -> NumpyPredicates.reduce(name.equals("any"), x, a.get(0, "axis"));
            default -> fill(x, a.required(0, "value"));
        };
    }

    /** {@code a.item()} of a one-element array, or {@code a.item(k)} at a flat position: a Python number. */
    private Value item(PyArray x, Arguments a, Span at) {
        NdArray value = x.value();
        if (a.size() == 0 && value.size() != 1) {
            throw new ProgramError("can only convert an array of size 1 to a Python scalar");
        }
        if (a.size() == 0) {
            return Numbers.python(machine.recorder.apply(Op.RESHAPE, OpArgs.shape(new int[0]), at, x));
        }
        long k = Numbers.toLong(a.required(0, "index"));
        long p = k < 0 ? k + value.size() : k;
        if (p < 0 || p >= value.size()) {
            throw new ProgramError("index " + k + " is out of bounds for size " + value.size());
        }
        Value flat = numpy.shapes().reshape(x, new int[] {-1}, at);
        return Numbers.python(machine.recorder.apply(Op.GATHER, OpArgs.gather(new int[] {(int) p}, new int[0]), at,
                flat));
    }

    /** {@code a.fill(v)}: every element set to {@code v} (a constant), in place. */
    private static Value fill(PyArray x, Value v) {
        double value = x.value().dtype().cast(Numbers.toDouble(v));
        double[] data = new double[x.value().size()];
        java.util.Arrays.fill(data, value);
        x.set(new NdArray(x.value().shape(), data, x.value().dtype()), Value.NO_NODE);
        return PyNone.NONE;
    }

    /**
     * {@code tolist()}: nested lists of Python numbers of the array's kind, one level per dimension.
     *
     * @param a the array
     * @return the lists, or a number for a scalar
     */
    static Value toList(NdArray a) {
        if (a.ndim() == 0) {
            return scalar(a.item(), a.dtype());
        }
        return toList(a, 0, 0);
    }

    private static Value toList(NdArray a, int axis, int offset) {
        int stride = 1;
        for (int k = axis + 1; k < a.ndim(); k++) {
            stride *= a.dim(k);
        }
        List<Value> items = new ArrayList<>();
        for (int k = 0; k < a.dim(axis); k++) {
            items.add(axis == a.ndim() - 1 ? scalar(a.get(offset + k), a.dtype())
                    : toList(a, axis + 1, offset + k * stride));
        }
        return PyList.of(items);
    }

    private static Value scalar(double v, DType type) {
        return switch (type) {
            case BOOL -> PyBool.of(v != 0);
            case INT64 -> new PyInt((long) v);
            default -> PyFloat.of(v);
        };
    }
}
