package bpdiff.program.run;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * CPython's {@code hash()} where it is the same in every run: integers (modulo the Mersenne prime
 * \( 2^{61} - 1 \)), floats (a float equal to an integer as that integer, others by their exact fraction),
 * booleans and tuples of those (CPython's xxHash-based combination). Strings hash differently in every CPython
 * run (hash randomisation); here they hash by Java's {@link String#hashCode()}. Other objects hash by
 * identity.
 */
final class PythonHash {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long PRIME_5 = 0x27D4EB2F165667C5L;

    private PythonHash() {}

    /**
     * @param v a hashable value
     * @return its hash, as CPython computes it for numbers and tuples of numbers
     */
    static long of(Value v) {
        if (v instanceof PyInt i) {
            long x = i.value();
            if (x > -(1L << 61) + 1 && x < (1L << 61) - 1) {
                return x == -1 ? -2 : x;
            }
            return integer(BigInteger.valueOf(x));
        }
        if (v instanceof PyBool b) {
            return b.value() ? 1 : 0;
        }
        if (v instanceof PyBigInt b) {
            return integer(b.value());
        }
        if (v instanceof PyFloat f) {
            return real(f.value(), v);
        }
        if (v instanceof PyStr s) {
            long h = s.value().hashCode();
            return h == -1 ? -2 : h;
        }
        if (v instanceof PyTuple t) {
            long acc = PRIME_5;
            Budget.walked(t.items().size());
            for (Value item : t.items()) {
                acc += of(item) * PRIME_2;
                acc = Long.rotateLeft(acc, 31);
                acc *= PRIME_1;
            }
            acc += t.items().size() ^ (PRIME_5 ^ 3527539L);
            return acc == -1 ? 1546275796L : acc;
        }
        if (v instanceof PyInstance o && o.cls().lookup("__hash__") != null) {
            return HashKey.userHash(o);
        }
        long h = HashKey.of(v).hashCode();
        return h == -1 ? -2 : h;
    }

    private static long integer(BigInteger x) {
        long h = x.abs().mod(MODULUS).longValue();
        h = x.signum() < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    private static long real(double x, Value v) {
        if (Double.isInfinite(x)) {
            return x > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(x)) {
            return System.identityHashCode(v);
        }
        if (x == Math.rint(x)) {
            return integer(new BigDecimal(x).toBigInteger());
        }
        BigDecimal exact = new BigDecimal(x);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.TEN.pow(exact.scale());
        long h = numerator.abs().mod(MODULUS).multiply(denominator.modInverse(MODULUS)).mod(MODULUS).longValue();
        h = x < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }
}
