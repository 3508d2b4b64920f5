package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.Indexing;
import bpdiff.program.array.Joining;
import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reshaping;
import bpdiff.program.array.ShapeException;
import bpdiff.program.array.Shapes;
import bpdiff.program.array.TooLargeException;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * numpy's functions that move elements without computing: {@code transpose reshape ravel squeeze expand_dims},
 * and joining {@code concatenate stack hstack vstack column_stack} and {@code np.c_[…] np.r_[…]} (recorded as the inputs one after another, then a
 * gather, so that the gradient reaches every input); {@code shape size ndim}.
 */
final class NumpyShapes {

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    /**
     * @param machine the interpreter
     * @param numpy the functions, for their operand conversions
     */
    NumpyShapes(Interpreter machine, NumpyFunctions numpy) {
        this.machine = machine;
        this.numpy = numpy;
    }

    /**
     * @param f a numpy function's name
     * @param a its arguments
     * @param at where
     * @return its result, or {@code null} if it is not one of these
     */
    Value call(String f, Arguments a, Span at) {
        return switch (f) {
            case "transpose" -> transpose(numpy.operand(a.required(0, "a"), at), at);
            case "reshape" -> reshape(a.required(0, "a"), shapeOf(a.required(1, "newshape")), at);
            case "ravel" -> reshape(a.required(0, "a"), new int[] {-1}, at);
            case "diagflat" -> diagflat(a.required(0, "v"), a.get(1, "k"), at);
            case "squeeze" -> squeeze(a.required(0, "a"), a.get(1, "axis"), at);
            case "expand_dims" -> expandDims(a.required(0, "a"), a.required(1, "axis"), at);
            case "atleast_1d" -> atLeast(a, 1, at);
            case "atleast_2d" -> atLeast(a, 2, at);
            case "concatenate" -> join(arrays(a.required(0, "arrays"), at, 0), axisOf(a.get(1, "axis")), at);
            case "stack" -> stack(a.required(0, "arrays"), axisOf(a.get(1, "axis")), at);
            case "hstack" -> hstack(a.required(0, "tup"), at);
            case "vstack" -> join(arrays(a.required(0, "tup"), at, 2), 0, at);
            case "column_stack" -> join(arrays(a.required(0, "tup"), at, -2), 1, at);
            case "shape" -> shape(Numbers.array(numpy.operand(a.required(0, "a"), at)));
            case "size" -> new PyInt(Numbers.array(numpy.operand(a.required(0, "a"), at)).size());
            case "ndim" -> new PyInt(Numbers.array(numpy.operand(a.required(0, "a"), at)).ndim());
            default -> null;
        };
    }

    /**
     * {@code np.diagflat(v)}: the n × n matrix with the flattened {@code v} on its diagonal,
     * \( D_{ij} = v_j \) if \( i = j \) else 0, recorded as {@code np.where(I, v.ravel(), 0)} so that
     * \( \partial D_{ii} / \partial v_i = 1 \) and the zeros are constants (+0.0, as numpy writes them, whatever v holds).
     *
     * @throws ProgramError for a diagonal other than the main one ({@code k})
     */
    private Value diagflat(Value v, Value k, Span at) {
        if (k != null && k != PyNone.NONE && Numbers.toLong(k) != 0) {
            throw new ProgramError("np.diagflat(v, k) with k other than 0 is not supported: use np.diagflat(v)");
        }
        Value flat = reshape(numpy.operand(v, at), new int[] {-1}, at);
        int n = Numbers.array(flat).size();
        machine.recorder.checkSize((long) n * n);
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) {
            identity[i * n + i] = 1;
        }
        PyArray mask = new PyArray(new NdArray(new int[] {n, n}, identity, DType.BOOL), Value.NO_NODE);
        return numpy.apply(Op.WHERE, at, mask, flat, new PyInt(0));
    }

    /**
     * @param a an array
     * @return its shape as a tuple of ints
     */
    static PyTuple shape(NdArray a) {
        List<Value> dims = new ArrayList<>();
        for (int d : a.shape()) {
            dims.add(new PyInt(d));
        }
        return new PyTuple(dims);
    }

    /**
     * @param x an array or number
     * @param at where
     * @return its transpose
     */
    Value transpose(Value x, Span at) {
        return x instanceof PyArray ? machine.recorder.apply(Op.TRANSPOSE, OpArgs.NONE, at, x) : x;
    }

    /**
     * {@code a.transpose(axes)}: the array whose axis d is the operand's axis {@code axes[d]}, recorded as a gather of
     * its elements so that the gradient reaches every one.
     *
     * @param x an array
     * @param axes a permutation of its axes
     * @param at where
     * @return the permuted array
     */
    Value permute(Value x, int[] axes, Span at) {
        int[] shape = Numbers.array(x).shape();
        int[] newShape = new int[axes.length];
        for (int d = 0; d < axes.length; d++) {
            newShape[d] = shape[axes[d]];
        }
        int[] strides = Shapes.strides(shape);
        int size = Shapes.size(newShape);
        int[] positions = new int[size];
        int[] index = new int[newShape.length];
        for (int p = 0; p < size; p++) {
            int flat = 0;
            for (int d = 0; d < index.length; d++) {
                flat += index[d] * strides[axes[d]];
            }
            positions[p] = flat;
            for (int d = index.length - 1; d >= 0 && ++index[d] == newShape[d]; d--) {
                index[d] = 0;
            }
        }
        return machine.recorder.apply(Op.GATHER, OpArgs.gather(positions, newShape), at, x);
    }

    /**
     * @param x an array
     * @param shape the new shape, one entry may be −1
     * @param at where
     * @return the reshaped array
     */
    Value reshape(Value x, int[] shape, Span at) {
        Value operand = numpy.operand(x, at);
        NdArray value = Numbers.array(operand);
        int[] resolved;
        try {
            resolved = Reshaping.resolve(shape, value.size(), value.shape());
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
        return machine.recorder.apply(Op.RESHAPE, OpArgs.shape(resolved), at, operand);
    }

    /**
     * @param x an array
     * @param axisValue the axis to remove, or {@code null}/{@code None} for every axis of length 1
     * @param at where
     * @return the squeezed array
     */
    Value squeeze(Value x, Value axisValue, Span at) {
        NdArray value = Numbers.array(numpy.operand(x, at));
        try {
            return reshape(x, Joining.squeeze(value.shape(), NumpyReductions.axis(axisValue)), at);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
    }

    private Value expandDims(Value x, Value axisValue, Span at) {
        NdArray value = Numbers.array(numpy.operand(x, at));
        try {
            return reshape(x, Joining.expandDims(value.shape(), Numbers.toInt(axisValue)), at);
        } catch (ShapeException e) {
            throw new ProgramError(e.getMessage());
        }
    }

    /**
     * {@code np.atleast_1d(*arys)} and {@code np.atleast_2d(*arys)}: a number becomes shape {@code (1,)} or
     * {@code (1, 1)}, a vector of n elements {@code (1, n)} for 2-D; an array with enough axes is returned as it is;
     * several arguments (or none) give a list.
     */
    private Value atLeast(Arguments a, int ndim, Span at) {
        List<Value> results = new ArrayList<>();
        for (Value x : a.positional()) {
            Value operand = numpy.operand(x, at);
            int[] shape = Numbers.array(operand).shape();
            if (shape.length >= ndim && operand instanceof PyArray) {
                results.add(operand);
            } else if (shape.length == 1) {
                results.add(reshape(operand, new int[] {1, shape[0]}, at));
            } else {
                results.add(reshape(operand, ndim == 1 ? new int[] {1} : new int[] {1, 1}, at));
            }
        }
        return results.size() == 1 ? results.get(0) : new PyList(new ArrayList<>(results));
    }

    private static int axisOf(Value v) {
        if (v == PyNone.NONE) {
            throw new ProgramError("axis=None (joining flattened arrays) is not supported: flatten them first");
        }
        return v == null ? 0 : Numbers.toInt(v);
    }

    /**
     * The arrays of a sequence argument, each made at least {@code minDims}-dimensional as {@code hstack} ({@code 1}),
     * {@code vstack} ({@code 2}: a vector is a row) and {@code column_stack} ({@code -2}: a vector is a column) do.
     */
    private List<Value> arrays(Value sequence, Span at, int minDims) {
        if (sequence instanceof PyArray) {
            throw new ProgramError("pass a list or tuple of arrays, e.g. np.concatenate([a, b])");
        }
        List<Value> arrays = new ArrayList<>();
        for (Value item : Iteration.list(sequence, machine, at)) {
            Value x = numpy.operand(item, at);
            int[] shape = Numbers.array(x).shape();
            if (minDims >= 1 && shape.length == 0) {
                x = reshape(x, new int[] {1}, at);
            }
            if (Math.abs(minDims) == 2 && Numbers.array(x).ndim() < 2) {
                int n = Numbers.array(x).size();
                x = reshape(x, minDims > 0 ? new int[] {1, n} : new int[] {n, 1}, at);
            }
            arrays.add(x);
        }
        return arrays;
    }

    /**
     * {@code np.c_[a, b, …]} and {@code np.r_[a, b, …]}, as numpy's {@code AxisConcatenator} joins them: for
     * {@code c_} each item made at least 2-dimensional (a number a 1×1 array, a vector a column) and joined along the
     * last axis; for {@code r_} a number made a vector of one, a slice {@code start:stop:step} of integers
     * {@code np.arange(start, stop, step)}, and all joined along the first axis. String directives ({@code 'c'},
     * {@code '0,2'}) are refused.
     *
     * @param kind which
     * @param items the subscript's entries
     * @param at where
     * @return the joined array
     */
    Value concatenator(PyConcatenator kind, List<Value> items, Span at) {
        String name = kind == PyConcatenator.COLUMNS ? "np.c_" : "np.r_";
        List<Value> arrays = new ArrayList<>();
        for (Value item : items) {
            if (item instanceof PyStr) {
                throw new ProgramError(name + " with a string directive is not supported: use np.concatenate");
            }
            Value x = item instanceof PySlice s ? range(s, name) : numpy.operand(item, at);
            int[] shape = Numbers.array(x).shape();
            if (kind == PyConcatenator.COLUMNS && shape.length < 2) {
                x = reshape(x, shape.length == 0 ? new int[] {1, 1} : new int[] {shape[0], 1}, at);
            } else if (shape.length == 0) {
                x = reshape(x, new int[] {1}, at);
            }
            arrays.add(x);
        }
        if (arrays.isEmpty()) {
            return new PyArray(new NdArray(new int[] {0}, new double[0]), Value.NO_NODE);
        }
        return join(arrays, kind == PyConcatenator.COLUMNS ? -1 : 0, at);
    }

    /** {@code np.arange(start, stop, step)} for the slice {@code start:stop:step} of {@code np.r_}. */
    private Value range(PySlice s, String name) {
        if (s.stop() == null) {
            throw new ProgramError(name + "[start:stop] needs a stop");
        }
        long start = s.start() == null ? 0 : s.start();
        long step = s.step() == null ? 1 : s.step();
        if (step == 0) {
            throw new ProgramError("Maximum allowed size exceeded");
        }
        long n = Math.max(0, step > 0 ? (s.stop() - start + step - 1) / step : (start - s.stop() - step - 1) / -step);
        machine.recorder.checkSize(n);
        double[] data = new double[(int) n];
        for (int k = 0; k < data.length; k++) {
            data[k] = start + k * step;
        }
        return new PyArray(new NdArray(new int[] {data.length}, data, bpdiff.program.array.DType.INT64), Value.NO_NODE);
    }

    /** {@code concatenate}: the inputs one after another, gathered into place along the axis. */
    private Value join(List<Value> arrays, int axis, Span at) {
        List<int[]> shapes = new ArrayList<>();
        arrays.forEach(x -> shapes.add(Numbers.array(x).shape()));
        Indexing joined;
        try {
            joined = Joining.concatenate(shapes, axis, machine.recorder.maxElements());
        } catch (TooLargeException e) {
            machine.recorder.checkSize(e.count());
            throw new ProgramError(e.getMessage());
        } catch (ShapeException e) {
            throw ProgramError.of("ValueError", e.getMessage());
        }
        Value flat = machine.recorder.apply(Op.CONCAT, OpArgs.NONE, at, arrays.toArray(new Value[0]));
        return machine.recorder.apply(Op.GATHER, OpArgs.gather(joined.positions(), joined.shape()), at, flat);
    }

    private Value stack(Value sequence, int axis, Span at) {
        List<Value> arrays = arrays(sequence, at, 0);
        if (arrays.isEmpty()) {
            throw new ProgramError("need at least one array to stack");
        }
        int[] first = Numbers.array(arrays.get(0)).shape();
        List<Value> expanded = new ArrayList<>();
        for (Value x : arrays) {
            if (!Arrays.equals(Numbers.array(x).shape(), first)) {
                throw new ProgramError("all input arrays must have the same shape");
            }
            try {
                expanded.add(reshape(x, Joining.expandDims(first, axis), at));
            } catch (ShapeException e) {
                throw new ProgramError(e.getMessage());
            }
        }
        return join(expanded, axis, at);
    }

    /** {@code hstack}: along the first axis for vectors, the second otherwise. */
    private Value hstack(Value sequence, Span at) {
        List<Value> arrays = arrays(sequence, at, 1);
        if (arrays.isEmpty()) {
            throw new ProgramError("need at least one array to concatenate");
        }
        return join(arrays, Numbers.array(arrays.get(0)).ndim() == 1 ? 0 : 1, at);
    }

    /**
     * @param v an int, or a tuple or list of ints
     * @return the shape it names, one entry possibly −1
     */
    static int[] shapeOf(Value v) {
        List<Value> items = v instanceof PyInt || v instanceof PyBool ? List.of(v) : Numbers.items(v);
        int[] shape = new int[items.size()];
        for (int k = 0; k < shape.length; k++) {
            long d = Numbers.toLong(items.get(k));
            if (d < -1 || d > Integer.MAX_VALUE) {
                throw new ProgramError(d < 0 ? "negative dimensions are not allowed"
                        : "dimension " + d + " is too large");
            }
            shape[k] = (int) d;
        }
        return shape;
    }
}
