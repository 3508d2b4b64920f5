package bpdiff.program.run;

import bpdiff.program.array.DType;
import bpdiff.program.array.NdArray;

/**
 * numpy's type arguments and conversions: {@code dtype=np.float64}, {@code dtype=float}, {@code dtype='int64'},
 * {@code a.astype(int)}, and {@code np.float64(x)}, {@code np.int64(x)} as converters.
 */
final class NumpyTypes {

    /** numpy's integer types other than int64, which the subset does not hold. */
    private static final java.util.Set<String> SMALL_INTEGERS = java.util.Set.of("uint8", "int8", "uint16", "int16",
            "uint32", "int32", "uint64");

    private NumpyTypes() {}

    /**
     * @param v a type argument: {@code np.float64}, {@code np.float32}, {@code np.int64}, {@code np.bool_},
     *     Python's {@code float}, {@code int}, {@code bool}, a name such as {@code 'float64'}, or an array's
     *     {@code dtype}
     * @return the type
     * @throws ProgramError for another type
     */
    static DType of(Value v) {
        DType type = null;
        if (v instanceof PyDType d) {
            type = d.dtype();
        } else if (v instanceof PyBuiltin b) {
            type = DType.named(b.name().startsWith("numpy.") ? b.name().substring(6) : b.name());
        } else if (v instanceof PyStr s) {
            type = DType.named(s.value());
        } else if (v instanceof PyClass c && c.builtin()) {
            type = DType.named(c.name());
        }
        String name = v instanceof PyStr s ? s.value() : v instanceof PyBuiltin b ? b.name().replace("numpy.", "") : "";
        if (type == null && SMALL_INTEGERS.contains(name)) {
            // nnfs's spiral_data: y = np.zeros(samples * classes, dtype='uint8') holds class labels
            throw new ProgramError("dtype " + name + " is not supported: bpdiff's integer arrays are int64 (numpy's "
                    + name + " wraps around and promotes by its own rules); class labels work the same as dtype=int");
        }
        if (type == null) {
            throw new ProgramError("data type " + Formatting.repr(v) + " not understood (bpdiff's arrays are float64, "
                    + "float32, int64 or bool: write dtype=np.float64, np.float32, int or bool)");
        }
        return type;
    }

    /**
     * @param v a {@code dtype=} argument, or {@code null} / {@code None}
     * @return the type, or {@code null} if none was given
     */
    static DType optional(Value v) {
        return v == null || v == PyNone.NONE ? null : of(v);
    }

    /**
     * {@code astype}: the elements converted; the node kept when no element changes (a bool mask made float), else
     * the result is a constant (a conversion that rounds has derivative 0).
     *
     * @param x a number or array
     * @param type the type
     * @return the converted value
     */
    static Value cast(Value x, DType type) {
        NdArray value = Numbers.array(x);
        NdArray cast = value.withDType(type);
        boolean same = java.util.Arrays.equals(cast.data(), value.data());
        if (x instanceof PyArray) {
            return new PyArray(cast, same ? Numbers.node(x) : Value.NO_NODE);
        }
        return Numbers.wrap(cast, same ? Numbers.node(x) : Value.NO_NODE);
    }

    /**
     * {@code np.float64(x)}, {@code np.float32(x)}, {@code np.int64(x)}, {@code np.bool_(x)}: a number of that kind,
     * or an array converted.
     *
     * @param type the type
     * @param a the call's arguments
     * @return the converted value
     */
    static Value convert(DType type, Arguments a) {
        if (a.size() == 0) {
            return Numbers.wrap(NdArray.scalar(0, type), Value.NO_NODE);
        }
        Value x = a.required(0, "x");
        if (x instanceof PyStr s) {
            try {
                return cast(PyFloat.of(Double.parseDouble(s.value().strip())), type);
            } catch (NumberFormatException e) {
                throw new ProgramError("could not convert string to float: '" + s.value() + "'");
            }
        }
        if (x instanceof PyList || x instanceof PyTuple) {
            return new PyArray(Numbers.array(x).withDType(type), Value.NO_NODE);
        }
        return cast(x, type);
    }

    /**
     * The result of an in-place operation ({@code a += b}, {@code a[i] -= b}) in the array's own type, under numpy's
     * {@code same_kind} rule: a float result into an int64 array is refused, a float64 one into a float32 array
     * rounded.
     *
     * @param type the changed array's type
     * @param result the operation's result
     * @return it in that type (its node kept unless a value changed)
     * @throws ProgramError if numpy would refuse the cast
     */
    static PyArray inPlace(DType type, PyArray result) {
        DType from = result.value().dtype();
        if (from.isFloat() && !type.isFloat() || from == DType.INT64 && type == DType.BOOL) {
            throw new ProgramError("Cannot cast ufunc output from dtype('" + from.numpyName() + "') to dtype('"
                    + type.numpyName() + "') with casting rule 'same_kind' (make the array float first: "
                    + "a = a.astype(float))");
        }
        return (PyArray) cast(result, type);
    }
}
