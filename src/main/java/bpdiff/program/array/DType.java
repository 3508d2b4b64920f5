package bpdiff.program.array;

/**
 * The element types of the subset's arrays, with numpy 1.24's promotion rules. Every element is held as a
 * double; the type says how numpy would store it: a {@code bool} element is 0 or 1, an {@code int64} element a
 * whole number, a {@code float32} element a double that is exactly a float.
 */
public enum DType {
    /** {@code bool}: comparisons, masks */
    BOOL("bool", 0),
    /** {@code int64}: numpy's default integer ({@code np.arange(3)}, {@code np.array([1, 2])}, indices) */
    INT64("int64", 1),
    /** {@code float32} */
    FLOAT32("float32", 2),
    /** {@code float64}: numpy's default float */
    FLOAT64("float64", 2);

    private final String numpyName;
    private final int kind;

    DType(String numpyName, int kind) {
        this.numpyName = numpyName;
        this.kind = kind;
    }

    /** @return numpy's name, as {@code a.dtype} prints it */
    public String numpyName() {
        return numpyName;
    }

    /** @return whether it is {@code float32} or {@code float64} */
    public boolean isFloat() {
        return kind == 2;
    }

    /**
     * numpy's {@code promote_types} of two array types: the smallest type both cast to safely
     * ({@code int64} and {@code float32} meet in {@code float64}).
     *
     * @param a one type
     * @param b another
     * @return their promotion
     */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == FLOAT64 || b == FLOAT64 || a == FLOAT32 && b == INT64 || a == INT64 && b == FLOAT32) {
            return FLOAT64;
        }
        if (a == FLOAT32 || b == FLOAT32) {
            return FLOAT32;
        }
        return INT64;
    }

    /**
     * The type of an operation's result by numpy 1.24's value-based casting: the arrays' types are promoted, and
     * a number (a 0-d operand: a Python or numpy scalar) changes the result only if it is of a higher kind (bool,
     * integer, float), then to that kind's default ({@code float32 array * 0.5} stays {@code float32},
     * {@code int64 array * 0.5} is {@code float64}).
     *
     * @param operands the operands
     * @return the result type
     */
    public static DType common(NdArray... operands) {
        DType arrays = null;
        DType scalars = null;
        for (NdArray operand : operands) {
            if (operand.ndim() == 0) {
                scalars = scalars == null ? operand.dtype() : promote(scalars, operand.dtype());
            } else {
                arrays = arrays == null ? operand.dtype() : promote(arrays, operand.dtype());
            }
        }
        if (arrays == null) {
            return scalars == null ? FLOAT64 : scalars;
        }
        if (scalars == null || scalars.kind <= arrays.kind) {
            return arrays;
        }
        return scalars.kind == 2 ? FLOAT64 : INT64;
    }

    /** @return the type of a true division or a transcendental function of it: integers become {@code float64} */
    public DType floating() {
        return isFloat() ? this : FLOAT64;
    }

    /** @return the type {@code sum} and {@code prod} accumulate in: {@code bool} becomes {@code int64} */
    public DType accumulated() {
        return this == BOOL ? INT64 : this;
    }

    /**
     * numpy's {@code astype} of one element ({@code casting='unsafe'}).
     *
     * @param value an element
     * @return it in this type: 0/1 for bool (NaN is true), truncated toward 0 for int64, rounded to a float
     */
    public double cast(double value) {
        return switch (this) {
            case BOOL -> value != 0 ? 1 : 0;
            case INT64 -> Double.isFinite(value) ? (double) (long) value : Long.MIN_VALUE;
            case FLOAT32 -> (float) value;
            case FLOAT64 -> value;
        };
    }

    /**
     * @param name a numpy type name: {@code float64}, {@code float32}, {@code int64}, {@code bool}, or Python's
     *     {@code float}, {@code int}
     * @return the type, or {@code null} if not one of the subset's
     */
    public static DType named(String name) {
        return switch (name) {
            case "float64", "float", "double", "float_", "f8", "d" -> FLOAT64;
            case "float32", "single", "f4", "f" -> FLOAT32;
            case "int64", "int", "int_", "i8", "intp", "long" -> INT64;
            case "bool", "bool_", "?" -> BOOL;
            default -> null;
        };
    }
}
