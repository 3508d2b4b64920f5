package bpdiff.program.run;

import bpdiff.program.array.NdArray;
import bpdiff.program.array.Reductions;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * numpy's functions that cut an array into parts or repeat its elements, with numpy 1.24's semantics:
 * {@code array_split split} (mini-batches: {@code zip(np.array_split(X, 4), np.array_split(y, 4))}) and
 * {@code repeat} (labels {@code np.repeat(np.arange(k), n)}). Each part is a recorded gather of the array's elements,
 * so that a gradient reaches the array through it.
 */
final class NumpySplits {

    private final Interpreter machine;
    private final NumpyFunctions numpy;

    /**
     * @param machine the interpreter
     * @param numpy the functions, for their operand conversions
     */
    NumpySplits(Interpreter machine, NumpyFunctions numpy) {
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
            case "array_split" -> split(a.required(0, "ary"), a.required(1, "indices_or_sections"), a.get(2, "axis"),
                    false, at);
            case "split" -> split(a.required(0, "ary"), a.required(1, "indices_or_sections"), a.get(2, "axis"), true, at);
            case "repeat" -> repeat(a.required(0, "a"), a.required(1, "repeats"), a.get(2, "axis"), at);
            default -> null;
        };
    }

    /**
     * {@code np.array_split(ary, n, axis=0)}: n parts along the axis, the first {@code len % n} of them one longer
     * (\( \lceil len/n \rceil \)) than the rest (\( \lfloor len/n \rfloor \)); with a list of indices, the parts
     * between them. {@code np.split} is the same but refuses n parts of unequal lengths.
     *
     * @return a list of the parts
     */
    private Value split(Value array, Value sections, Value axisValue, boolean equal, Span at) {
        Value operand = numpy.operand(array, at);
        NdArray value = Numbers.array(operand);
        if (value.ndim() == 0) {
            throw ProgramError.of("IndexError", "tuple index out of range");
        }
        int axis = axisOf(axisValue, value.ndim());
        int length = value.dim(axis);
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        if (sections instanceof PyList || sections instanceof PyTuple || sections instanceof PyArray) {
            for (Value index : Numbers.items(sections instanceof PyArray ? PyList.of(Numbers.items(sections))
                    : sections)) {
                long k = Numbers.toLong(index);
                bounds.add((int) Math.max(0, Math.min(length, k < 0 ? k + length : k)));
            }
            bounds.add(length);
        } else {
            long n = Numbers.toLong(sections);
            if (n <= 0) {
                throw ProgramError.of("ValueError", "number sections must be larger than 0.");
            }
            if (equal && length % n != 0) {
                throw ProgramError.of("ValueError", "array split does not result in an equal division");
            }
            long each = length / n;
            long extras = length % n;
            long end = 0;
            for (long k = 0; k < n; k++) {
                end += each + (k < extras ? 1 : 0);
                bounds.add((int) end);
            }
        }
        List<Value> parts = new ArrayList<>();
        for (int k = 0; k + 1 < bounds.size(); k++) {
            int from = bounds.get(k);
            int to = Math.max(from, bounds.get(k + 1));
            parts.add(slice(operand, value, axis, from, to, at));
        }
        return PyList.of(parts);
    }

    /** The elements whose index along {@code axis} is in [from, to), as a recorded gather. */
    private Value slice(Value operand, NdArray value, int axis, int from, int to, Span at) {
        int[] shape = value.shape().clone();
        shape[axis] = to - from;
        Reductions.Layout around = Reductions.Layout.around(shape, axis);
        int outer = around.outer();
        int inner = around.inner();
        int length = value.dim(axis);
        int[] positions = new int[outer * (to - from) * inner];
        int p = 0;
        for (int o = 0; o < outer; o++) {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < inner; j++) {
                    positions[p++] = (o * length + i) * inner + j;
                }
            }
        }
        return machine.recorder.apply(Op.GATHER, OpArgs.gather(positions, shape), at, operand);
    }

    /**
     * {@code np.repeat(a, repeats, axis=None)}: each element (each slice along the axis) {@code repeats} times in a
     * row, or {@code repeats[i]} times for the i-th; without an axis, of the flattened array.
     */
    private Value repeat(Value array, Value repeats, Value axisValue, Span at) {
        Value operand = numpy.operand(array, at);
        NdArray value = Numbers.array(operand);
        boolean flat = axisValue == null || axisValue == PyNone.NONE;
        int[] shape = flat ? new int[] {value.size()} : value.shape().clone();
        int axis = flat ? 0 : axisOf(axisValue, value.ndim());
        int length = shape[axis];
        long[] times = new long[length];
        NdArray counts = Numbers.array(numpy.operand(repeats, at));
        if (counts.size() != 1 && counts.size() != length) {
            throw ProgramError.of("ValueError", "operands could not be broadcast together with shape (" + length
                    + ",) (" + counts.size() + ",)");
        }
        long total = 0;
        for (int i = 0; i < length; i++) {
            double c = counts.get(counts.size() == 1 ? 0 : i);
            if (c < 0) {
                throw ProgramError.of("ValueError", "repeats may not contain negative values.");
            }
            times[i] = (long) c;
            total += times[i];
        }
        Reductions.Layout around = Reductions.Layout.around(shape, axis);
        int outer = around.outer();
        int inner = around.inner();
        machine.recorder.checkSize(total * outer * inner);
        int[] positions = new int[(int) (total * outer * inner)];
        int p = 0;
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < length; i++) {
                for (long r = 0; r < times[i]; r++) {
                    for (int j = 0; j < inner; j++) {
                        positions[p++] = (o * length + i) * inner + j;
                    }
                }
            }
        }
        shape[axis] = (int) total;
        return machine.recorder.apply(Op.GATHER, OpArgs.gather(positions, shape), at, operand);
    }

    private static int axisOf(Value axisValue, int ndim) {
        int axis = axisValue == null || axisValue == PyNone.NONE ? 0 : Numbers.toInt(axisValue);
        if (axis < -ndim || axis >= ndim) {
            throw new ProgramError("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }
}
