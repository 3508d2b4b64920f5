package bpdiff.program.run;

import java.math.BigInteger;

/**
 * A Python {@code int} beyond 64 bits: Python's integers have no bound, so an integer operation that
 * overflows a {@code long} goes on in {@link BigInteger}, and a result that fits again becomes a
 * {@link PyInt}.
 *
 * @param value the integer, outside the range of {@code long}
 */
public record PyBigInt(BigInteger value) implements Value {

    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * @param value an integer
     * @return a {@link PyInt} if it fits in a {@code long}, else a {@link PyBigInt}
     */
    static Value of(BigInteger value) {
        return value.compareTo(MIN) >= 0 && value.compareTo(MAX) <= 0 ? new PyInt(value.longValue())
                : new PyBigInt(value);
    }

    @Override
    public String typeName() {
        return "int";
    }
}
