package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;

/** Conversions between the program's numeric values and arrays. */
final class Numbers {

    private Numbers() {}

    /**
     * @param v a value
     * @return whether it is a number, a bool or an array
     */
    static boolean isNumeric(Value v) {
        return v instanceof PyFloat || v instanceof PyInt || v instanceof PyBool || v instanceof PyArray
                || v instanceof PyBigInt;
    }

    /**
     * @param v a value
     * @return whether it is a Python int (or a bool not on the tape)
     */
    static boolean isInteger(Value v) {
        return v instanceof PyInt || v instanceof PyBigInt || v instanceof PyBool b && b.node() == Value.NO_NODE;
    }

    /**
     * @param v an int or bool
     * @return its exact value
     */
    static java.math.BigInteger big(Value v) {
        if (v instanceof PyBigInt b) {
            return b.value();
        }
        return java.math.BigInteger.valueOf(toLong(v));
    }

    /**
     * @param v a number, bool, array, or list or tuple of them (as numpy reads them)
     * @return its elements
     * @throws ProgramError for anything else
     */
    static NdArray array(Value v) {
        if (v instanceof PyFloat f) {
            return f.single() ? NdArray.scalar(f.value(), DType.FLOAT32) : NdArray.scalar(f.value());
        }
        if (v instanceof PyInt i) {
            return NdArray.scalar(i.value(), DType.INT64);
        }
        if (v instanceof PyBigInt b) {
            double x = b.value().doubleValue();
            if (Double.isInfinite(x)) {
                throw ProgramError.of("OverflowError", "int too large to convert to float");
            }
            return NdArray.scalar(x);
        }
        if (v instanceof PyBool b) {
            return NdArray.scalar(b.value() ? 1 : 0, DType.BOOL);
        }
        if (v instanceof PyArray a) {
            return a.value();
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            return nested(v);
        }
        throw ProgramError.of("TypeError", "must be real number, not " + BuiltinTypes.typeOf(v).name());
    }

    /**
     * A (nested) list of numbers as an array, checking that every row has the same length; of the promoted type
     * of its items ({@code [1, 2]} is int64, {@code [1, 2.5]} float64).
     */
    private static NdArray nested(Value v) {
        List<Value> items = items(v);
        if (items.isEmpty()) {
            return new NdArray(new int[] {0}, new double[0]);
        }
        Interpreter machine = Interpreter.current();
        if (machine != null) {
            // the size its first items give, checked before any row is made: a list can hold one row a thousand
            // times, each holding another a thousand times, a billion numbers from a few thousand items
            machine.recorder.checkSize(count(v));
        }
        List<NdArray> rows = new ArrayList<>();
        DType type = null;
        int[] inner = null;
        for (Value item : items) {
            NdArray row = array(item);
            if (inner == null) {
                inner = row.shape();
            } else if (!java.util.Arrays.equals(row.shape(), inner)) {
                // refused at the first row unlike the first, before the others are made
                throw new ProgramError("setting an array element with a sequence. The requested array has an "
                        + "inhomogeneous shape after 1 dimensions (the rows have different lengths)");
            }
            rows.add(row);
            type = type == null ? row.dtype() : DType.promote(type, row.dtype());
        }
        int[] shape = new int[inner.length + 1];
        shape[0] = rows.size();
        System.arraycopy(inner, 0, shape, 1, inner.length);
        double[] data = new double[rows.size() * rows.get(0).size()];
        int at = 0;
        for (NdArray row : rows) {
            System.arraycopy(row.withDType(type).data(), 0, data, at, row.size());
            at += row.size();
        }
        return new NdArray(shape, data, type);
    }

    /**
     * The numbers a nested list or tuple holds if each level is as long as its first item's, \( \prod_d n_d \).
     *
     * @param v a value
     * @return the product of the lengths along its first items, saturated at {@link Long#MAX_VALUE}; 1 for a number
     */
    private static long count(Value v) {
        long count = 1;
        Value at = v;
        while (at instanceof PyList || at instanceof PyTuple) {
            List<Value> items = items(at);
            count = Budget.product(count, items.size());
            if (items.isEmpty()) {
                return 0;
            }
            at = items.get(0);
        }
        return count;
    }

    /**
     * @param v a list or tuple
     * @return its items
     */
    static List<Value> items(Value v) {
        if (v instanceof PyList l) {
            return l.items();
        }
        if (v instanceof PyTuple t) {
            return t.items();
        }
        throw ProgramError.of("TypeError", "expected a list or tuple, got " + BuiltinTypes.typeOf(v).name());
    }

    /**
     * @param v a value
     * @return its tape node, or {@link Value#NO_NODE}
     */
    static int node(Value v) {
        if (v instanceof PyFloat f) {
            return f.node();
        }
        if (v instanceof PyArray a) {
            return a.node();
        }
        if (v instanceof PyBool b) {
            return b.node();
        }
        return Value.NO_NODE;
    }

    /**
     * @param v a value
     * @return whether it is an array or a numpy scalar: an operation on it computes as numpy does
     */
    static boolean isNumpy(Value v) {
        return v instanceof PyArray || v instanceof PyFloat f && f.numpy() || v instanceof PyBool b && b.numpy();
    }

    /**
     * @param v a numpy function's result
     * @return it, a float made a numpy scalar ({@code np.exp(0.5)} is a {@code float64})
     */
    static Value numpy(Value v) {
        return v instanceof PyFloat f && !f.numpy() ? new PyFloat(f.value(), f.node(), true) : v;
    }

    /**
     * @param v a value
     * @return it as Python's own number when it is a numpy float scalar, else itself
     */
    static Value python(Value v) {
        return v instanceof PyFloat f ? f.python() : v instanceof PyBool b ? b.python() : v;
    }

    /**
     * An operation's result as numpy gives it: a numpy scalar is a Python number of its kind, a float one flagged
     * {@link PyFloat#numpy()} (an int64 one an int, which is not recorded: integers count and index).
     *
     * @param value the result
     * @param node its node
     * @return a {@link PyBool} (a bool scalar), {@link PyInt} (an integer scalar), {@link PyFloat} (a float
     *     scalar) or {@link PyArray}
     */
    static Value wrap(NdArray value, int node) {
        if (value.isScalar()) {
            return switch (value.dtype()) {
                case BOOL -> new PyBool(value.item() != 0, node, true);
                case INT64 -> new PyInt((long) value.item());
                case FLOAT32 -> new PyFloat(value.item(), node, true, true);
                default -> new PyFloat(value.item(), node, true);
            };
        }
        return new PyArray(value, node);
    }

    /**
     * @param v a number
     * @return it as a double
     * @throws ProgramError if it is not a number (or a one-element array)
     */
    static double toDouble(Value v) {
        if (v instanceof PyArray a && a.value().size() == 1) {
            return a.value().item();
        }
        if (v instanceof PyArray || !isNumeric(v)) {
            throw ProgramError.of("TypeError", "must be real number, not " + BuiltinTypes.typeOf(v).name());
        }
        return array(v).item();
    }

    /**
     * An int argument as CPython and numpy read one into a C int: an axis, a precision, a width, a count of subplots.
     *
     * @param v an int or a bool
     * @return its value
     * @throws ProgramError OverflowError past an int, as CPython's (cast, 2**32 + 1 read as 1: a silently wrong
     *     axis or width)
     */
    static int toInt(Value v) {
        long n = toLong(v);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw ProgramError.of("OverflowError", "Python int too large to convert to C int");
        }
        return (int) n;
    }

    /**
     * @param v an integer (or bool)
     * @return it as a long
     * @throws ProgramError for anything else, as Python refuses a float index
     */
    static long toLong(Value v) {
        if (v instanceof PyInt i) {
            return i.value();
        }
        if (v instanceof PyBool b) {
            return b.value() ? 1 : 0;
        }
        if (v instanceof PyBigInt) {
            throw ProgramError.of("OverflowError", "Python int too large to convert to C ssize_t");
        }
        throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name()
                + "' object cannot be interpreted as an integer");
    }
}
