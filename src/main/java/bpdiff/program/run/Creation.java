package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reshaping;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.Shapes;
import java.util.Arrays;
import java.util.List;

/**
 * numpy's array constructors: {@code zeros ones empty full eye identity} and their {@code _like} forms,
 * {@code arange}, {@code linspace}. They give constants (a variable they are assigned to becomes a leaf). Every
 * shape is checked before anything is allocated: a negative dimension is refused as numpy refuses it, and the
 * element count, in {@code long} arithmetic, against bpdiff's limit.
 */
final class Creation {

    private Creation() {}

    /**
     * @param machine the interpreter
     * @param f the function's name
     * @param a the arguments
     * @return the new constant array
     */
    static Value make(Interpreter machine, String f, Arguments a) {
        return switch (f) {
            case "zeros", "ones", "empty" -> filled(machine, dims(machine, a.required(0, "shape")),
                    f.equals("ones") ? 1 : 0, dtype(a.get(1, "dtype"), DType.FLOAT64));
            case "full" -> full(machine, dims(machine, a.required(0, "shape")), a.required(1, "fill_value"),
                    a.get(2, "dtype"));
            case "zeros_like", "ones_like", "empty_like" -> {
                NdArray like = Numbers.array(a.required(0, "a"));
                yield filled(machine, like.shape(), f.equals("ones_like") ? 1 : 0, dtype(a.get(1, "dtype"),
                        like.dtype()));
            }
            case "full_like" -> {
                NdArray like = Numbers.array(a.required(0, "a"));
                Value dtype = a.get(2, "dtype");
                yield full(machine, like.shape(), a.required(1, "fill_value"), dtype == null || dtype == PyNone.NONE
                        ? new PyDType(like.dtype()) : dtype);
            }
            case "eye", "identity" -> eye(machine, a, f.equals("identity"));
            case "arange" -> arange(machine, a);
            default -> linspace(machine, a);
        };
    }

    /**
     * A shape argument of a constructor: an int, or a tuple or list of ints, none negative, holding no more
     * elements than the limit.
     *
     * @param machine the interpreter
     * @param v the argument
     * @return the shape
     * @throws ProgramError for a negative dimension (numpy's message) or too many elements
     */
    static int[] dims(Interpreter machine, Value v) {
        List<Value> items = v instanceof PyInt || v instanceof PyBool ? List.of(v) : Numbers.items(v);
        long[] dims = new long[items.size()];
        long count = 1;
        for (int k = 0; k < dims.length; k++) {
            dims[k] = Numbers.toLong(items.get(k));
            if (dims[k] < 0) {
                throw new ProgramError("negative dimensions are not allowed");
            }
            count = dims[k] != 0 && count > Long.MAX_VALUE / dims[k] ? Long.MAX_VALUE : count * dims[k];
        }
        for (long d : dims) {
            machine.recorder.checkSize(d);
        }
        machine.recorder.checkSize(count);
        return Arrays.stream(dims).mapToInt(d -> (int) d).toArray();
    }

    private static DType dtype(Value given, DType otherwise) {
        DType type = NumpyTypes.optional(given);
        return type == null ? otherwise : type;
    }

    private static Value filled(Interpreter machine, int[] shape, double value, DType type) {
        machine.recorder.checkSize(Shapes.count(shape));
        double[] data = new double[Shapes.size(shape)];
        Arrays.fill(data, type.cast(value));
        return Numbers.wrap(new NdArray(shape, data, type), Value.NO_NODE);
    }

    /** {@code np.full}: the fill value broadcast to the shape, of its type unless a type is given. */
    private static Value full(Interpreter machine, int[] shape, Value fill, Value dtype) {
        NdArray value = Numbers.array(fill);
        DType type = dtype(dtype, value.dtype());
        if (value.size() == 1) {
            return filled(machine, shape, value.get(0), type);
        }
        try {
            return new PyArray(Reshaping.broadcastTo(value, shape).withDType(type), Value.NO_NODE);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
    }

    private static Value eye(Interpreter machine, Arguments a, boolean identity) {
        long n = Numbers.toLong(a.required(0, identity ? "n" : "N"));
        Value m = identity ? null : a.get(1, "M");
        long columns = m == null || m == PyNone.NONE ? n : Numbers.toLong(m);
        long k = identity || a.get(2, "k") == null ? 0 : Numbers.toLong(a.get(2, "k"));
        int[] shape = dims(machine, new PyTuple(List.of(new PyInt(n), new PyInt(columns))));
        DType type = dtype(a.get(identity ? 1 : 3, "dtype"), DType.FLOAT64);
        double[] data = new double[Shapes.size(shape)];
        for (long r = 0; r < shape[0]; r++) {
            long c = r + k;
            if (c >= 0 && c < shape[1]) {
                data[(int) (r * shape[1] + c)] = 1;
            }
        }
        return new PyArray(new NdArray(shape, data, type), Value.NO_NODE);
    }

    /**
     * numpy's {@code arange}: \( \lceil (stop - start) / step \rceil \) values; the first is {@code start}, the
     * second {@code start + step}, and the others {@code start + i·delta} with {@code delta} the difference of the
     * first two, as numpy fills them; int64 when every argument is an integer.
     */
    private static Value arange(Interpreter machine, Arguments a) {
        Value startValue;
        Value stopValue;
        if (a.size() >= 2 || a.size() == 1 && a.keywords().containsKey("stop")) {
            startValue = a.required(0, "start");
            stopValue = a.required(1, "stop");
        } else {
            startValue = a.keywords().getOrDefault("start", new PyInt(0));
            stopValue = a.required(0, "stop");
        }
        Value stepValue = a.get(2, "step");
        if (stepValue == null) {
            stepValue = new PyInt(1);
        }
        boolean integers = isInteger(startValue) && isInteger(stopValue) && isInteger(stepValue);
        DType type = dtype(a.get(3, "dtype"), integers ? DType.INT64 : DType.FLOAT64);
        double start = Numbers.toDouble(startValue);
        double step = Numbers.toDouble(stepValue);
        if (step == 0) {
            throw new ProgramError("Maximum allowed size exceeded (arange's step is 0)");
        }
        double length = Math.ceil((Numbers.toDouble(stopValue) - start) / step);
        long count = Double.isNaN(length) ? 0 : (long) Math.max(0, Math.min(length, Long.MAX_VALUE));
        machine.recorder.checkSize(count);
        double[] data = new double[(int) count];
        double delta = (start + step) - start;
        for (int k = 0; k < data.length; k++) {
            data[k] = type.cast(k == 0 ? start : k == 1 ? start + step : start + k * delta);
        }
        return new PyArray(new NdArray(new int[] {data.length}, data, type), Value.NO_NODE);
    }

    private static boolean isInteger(Value v) {
        return v instanceof PyInt || v instanceof PyBool;
    }

    /** numpy's {@code linspace}: \( start + k \cdot step \), \( step = (stop - start) / (num - 1) \), the last exactly stop. */
    private static Value linspace(Interpreter machine, Arguments a) {
        double start = Numbers.toDouble(a.required(0, "start"));
        double stop = Numbers.toDouble(a.required(1, "stop"));
        long num = a.get(2, "num") == null ? 50 : Numbers.toLong(a.get(2, "num"));
        if (num < 0) {
            throw new ProgramError("Number of samples, " + num + ", must be non-negative.");
        }
        Value endpointValue = a.get(3, "endpoint");
        boolean endpoint = endpointValue == null || Truth.of(endpointValue);
        machine.recorder.checkSize(num);
        double[] data = new double[(int) num];
        long div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double step = delta / div;
        for (int k = 0; k < data.length; k++) {
            data[k] = (div > 0 && step != 0 ? k * step : div > 0 ? k / (double) div * delta : k * delta) + start;
        }
        if (endpoint && num > 1) {
            data[data.length - 1] = stop;
        }
        DType type = dtype(a.get(5, "dtype"), DType.FLOAT64);
        return new PyArray(new NdArray(new int[] {data.length}, data, DType.FLOAT64).withDType(type), Value.NO_NODE);
    }
}
