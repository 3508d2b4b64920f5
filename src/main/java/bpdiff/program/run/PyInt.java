package bpdiff.program.run;

/**
 * A Python {@code int}. Integer arithmetic is not recorded: it counts and indexes.
 *
 * @param value the integer
 */
public record PyInt(long value) implements Value {

    /** The ints CPython keeps one object of each: -5 to 256. */
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int k = 0; k < SMALL.length; k++) {
            SMALL[k] = new PyInt(k - 5);
        }
    }

    /**
     * @param value the integer
     * @return it, shared for -5 to 256 as in CPython (a literal {@code 0} evaluated a million times makes no
     *     million objects)
     */
    static PyInt of(long value) {
        return value >= -5 && value <= 256 ? SMALL[(int) value + 5] : new PyInt(value);
    }

    @Override
    public String typeName() {
        return "int";
    }
}
