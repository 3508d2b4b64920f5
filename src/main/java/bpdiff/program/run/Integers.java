package bpdiff.program.run;

import java.math.BigInteger;

/**
 * Python's integer arithmetic: exact and without bound ({@code long} while it fits, {@link BigInteger}
 * beyond), {@code /} giving a float, {@code //} and {@code %} flooring, with CPython's errors.
 */
final class Integers {

    /** The most bits an integer may grow to (about 300,000 decimal digits). */
    private static final int MAX_BITS = 1 << 20;

    /** CPython 3.11's limit on the decimal digits of an int converted to or from text ({@code sys.int_info}). */
    static final int MAX_STR_DIGITS = 4300;

    private static final String USE_SYS = "use sys.set_int_max_str_digits() to increase the limit";

    private Integers() {}

    /**
     * An int in decimal, as CPython 3.11 converts it: refused past {@value #MAX_STR_DIGITS} digits.
     *
     * @param x the int
     * @return its digits, with a minus sign if negative
     * @throws ProgramError {@code ValueError} with CPython's message past the limit
     */
    static String decimal(BigInteger x) {
        // 2^14300 has 4305 digits: a longer int has too many without converting it
        String text = x.bitLength() > 14_300 ? null : x.toString();
        if (text == null || text.length() - (x.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw ProgramError.of("ValueError", "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion; " + USE_SYS);
        }
        return text;
    }

    /**
     * Refuses to read an int of more decimal digits than CPython 3.11 reads (in a base that is not a power of 2).
     *
     * @param digits the digits, without sign
     * @param radix the base
     * @throws ProgramError {@code ValueError} with CPython's message past the limit
     */
    static void checkDigits(String digits, int radix) {
        if (Integer.bitCount(radix) != 1 && digits.length() > MAX_STR_DIGITS) {
            throw ProgramError.of("ValueError", "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion: value has " + digits.length() + " digits; " + USE_SYS);
        }
    }

    /**
     * Reads digits in a base, in time linear in their number for a base that is a power of 2 (Java's
     * {@code new BigInteger(text, radix)} takes time quadratic in it: {@code int('1' * 10**6, 2)} took seconds, in one
     * statement, where CPython takes a millisecond); another base is limited to {@link #checkDigits}'s digits.
     *
     * @param digits the digits, without sign or underscores, each valid in the base
     * @param radix the base, 2 to 36
     * @return their value
     */
    static BigInteger parse(String digits, int radix) {
        if (Integer.bitCount(radix) != 1) {
            return new BigInteger(digits, radix);
        }
        int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
        long bits = (long) digits.length() * bitsPerDigit;
        byte[] bytes = new byte[(int) ((bits + 7) / 8) + 1]; // big-endian, a leading zero byte keeps it positive
        long bit = 0;
        for (int k = digits.length() - 1; k >= 0; k--, bit += bitsPerDigit) {
            int d = Character.digit(digits.charAt(k), radix);
            for (int b = 0; b < bitsPerDigit; b++) {
                if ((d >> b & 1) != 0) {
                    long at = bit + b;
                    bytes[bytes.length - 1 - (int) (at / 8)] |= (byte) (1 << (at % 8));
                }
            }
        }
        return new BigInteger(bytes);
    }

    /**
     * @param symbol the operator
     * @param a an integer (or bool)
     * @param b another
     * @param recorder for the size limit
     * @return {@code a symbol b}
     */
    static Value binary(String symbol, Value a, Value b, Recorder recorder) {
        if (a instanceof PyBigInt || b instanceof PyBigInt) {
            return big(symbol, Numbers.big(a), Numbers.big(b), recorder);
        }
        long x = Numbers.toLong(a);
        long y = Numbers.toLong(b);
        try {
            return switch (symbol) {
                case "+" -> new PyInt(Math.addExact(x, y));
                case "-" -> new PyInt(Math.subtractExact(x, y));
                case "*" -> new PyInt(Math.multiplyExact(x, y));
                case "&" -> new PyInt(x & y);
                case "|" -> new PyInt(x | y);
                case "^" -> new PyInt(x ^ y);
                default -> big(symbol, BigInteger.valueOf(x), BigInteger.valueOf(y), recorder);
            };
        } catch (ArithmeticException e) {
            return big(symbol, BigInteger.valueOf(x), BigInteger.valueOf(y), recorder);
        }
    }

    /**
     * An operation of integers beyond 64 bits; the clock is read after one of many bits ({@link Budget#integer}), so
     * that a time limit reached in a long multiplication names the statement computing it.
     */
    private static Value big(String symbol, BigInteger x, BigInteger y, Recorder recorder) {
        Value result = bigOperation(symbol, x, y, recorder);
        recorder.integer((long) x.bitLength() + (result instanceof PyBigInt r ? r.value().bitLength() : 0));
        return result;
    }

    private static Value bigOperation(String symbol, BigInteger x, BigInteger y, Recorder recorder) {
        switch (symbol) {
            case "+":
                return PyBigInt.of(x.add(y));
            case "-":
                return PyBigInt.of(x.subtract(y));
            case "*":
                checkBits((long) x.bitLength() + y.bitLength(), recorder);
                return PyBigInt.of(x.multiply(y));
            case "/":
                if (y.signum() == 0) {
                    throw ProgramError.of("ZeroDivisionError", "division by zero");
                }
                return PyFloat.of(trueDivide(x, y));
            case "//":
            case "%": {
                if (y.signum() == 0) {
                    throw ProgramError.of("ZeroDivisionError", symbol.equals("%") ? "integer modulo by zero"
                            : "integer division or modulo by zero");
                }
                BigInteger[] qr = floorDivMod(x, y);
                return PyBigInt.of(symbol.equals("//") ? qr[0] : qr[1]);
            }
            case "**":
                return power(x, y, recorder);
            case "&":
                return PyBigInt.of(x.and(y));
            case "|":
                return PyBigInt.of(x.or(y));
            case "^":
                return PyBigInt.of(x.xor(y));
            case "<<":
            case ">>":
                if (y.signum() < 0) {
                    throw ProgramError.of("ValueError", "negative shift count");
                }
                if (symbol.equals(">>")) {
                    return PyBigInt.of(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                            : x.shiftRight(y.intValue()));
                }
                checkBits(x.bitLength() + y.doubleValue(), recorder);
                return PyBigInt.of(x.shiftLeft(y.intValue()));
            default:
                throw ProgramError.of("TypeError", "unsupported operand type(s) for " + symbol + ": 'int' and 'int'");
        }
    }

    /**
     * Floor division and remainder, the remainder with the divisor's sign.
     *
     * @param x the dividend
     * @param y the divisor, not 0
     * @return quotient and remainder
     */
    static BigInteger[] floorDivMod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    /** {@code x / y} correctly rounded, as CPython's {@code int.__truediv__}. */
    private static double trueDivide(BigInteger x, BigInteger y) {
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        double q = new java.math.BigDecimal(x).divide(new java.math.BigDecimal(y), java.math.MathContext.DECIMAL128)
                .doubleValue();
        if (Double.isInfinite(q)) {
            throw ProgramError.of("OverflowError", "integer division result too large for a float");
        }
        return q;
    }

    private static Value power(BigInteger x, BigInteger y, Recorder recorder) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw ProgramError.of("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            }
            double result = Math.pow(Numbers.toDouble(PyBigInt.of(x)), y.doubleValue());
            if (Double.isInfinite(result)) {
                throw ProgramError.of("OverflowError", "(34, 'Numerical result out of range')");
            }
            return PyFloat.of(result);
        }
        if (x.abs().compareTo(BigInteger.ONE) <= 0) {
            return PyBigInt.of(x.signum() == 0 ? (y.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
                    : x.signum() > 0 || !y.testBit(0) ? BigInteger.ONE : BigInteger.ONE.negate());
        }
        checkBits(x.bitLength() * y.doubleValue(), recorder);
        return PyBigInt.of(x.pow(y.intValueExact()));
    }

    private static void checkBits(double bits, Recorder recorder) {
        checkBits(bits);
    }

    /**
     * @param bits the bits an integer about to be made (or just made) has
     * @throws ProgramError past bpdiff's limit of {@value #MAX_BITS} bits
     */
    static void checkBits(double bits) {
        if (bits > MAX_BITS) {
            throw new ProgramError("an integer of more than " + MAX_BITS + " bits is more than bpdiff's limit", true);
        }
    }
}
