package bpdiff.program.run;

import java.math.BigInteger;

/** The integer functions of {@code math}: {@code factorial isqrt gcd lcm comb perm}, exact, with CPython's errors. */
final class IntegerMath {

    private static final int MAX_FACTORIAL = 20_000;

    private IntegerMath() {}

    /**
     * @param f the function
     * @param a its arguments
     * @return its result
     */
    static Value call(String f, Arguments a) {
        switch (f) {
            case "factorial": {
                BigInteger n = integer(a.required(0, "n"));
                if (n.signum() < 0) {
                    throw ProgramError.of("ValueError", "factorial() not defined for negative values");
                }
                limit(n);
                BigInteger r = BigInteger.ONE;
                for (int k = 2; k <= n.intValue(); k++) {
                    r = r.multiply(BigInteger.valueOf(k));
                    computed(r.bitLength());
                }
                return PyBigInt.of(r);
            }
            case "isqrt": {
                BigInteger n = integer(a.required(0, "n"));
                if (n.signum() < 0) {
                    throw ProgramError.of("ValueError", "isqrt() argument must be nonnegative");
                }
                return PyBigInt.of(n.sqrt());
            }
            case "gcd":
            case "lcm": {
                BigInteger r = f.equals("gcd") ? BigInteger.ZERO : BigInteger.ONE;
                for (Value v : a.positional()) {
                    BigInteger x = integer(v).abs();
                    if (f.equals("gcd")) {
                        r = r.gcd(x);
                    } else {
                        r = r.signum() == 0 || x.signum() == 0 ? BigInteger.ZERO : r.divide(r.gcd(x)).multiply(x);
                        // an lcm grows with each argument: bounded as a product of integers is, and timed
                        Integers.checkBits(r.bitLength());
                    }
                    computed((long) r.bitLength() + x.bitLength());
                }
                return PyBigInt.of(r);
            }
            default:
                return combinations(f, a);
        }
    }

    private static Value combinations(String f, Arguments a) {
        BigInteger n = integer(a.required(0, "n"));
        Value kv = a.get(1, "k");
        if (kv == null && f.equals("comb")) {
            throw ProgramError.of("TypeError", "comb expected 2 arguments, got 1");
        }
        BigInteger k = kv == null || kv == PyNone.NONE ? n : integer(kv);
        if (n.signum() < 0) {
            throw ProgramError.of("ValueError", "n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw ProgramError.of("ValueError", "k must be a non-negative integer");
        }
        if (k.compareTo(n) > 0) {
            return new PyInt(0);
        }
        BigInteger kk = f.equals("comb") ? k.min(n.subtract(k)) : k;
        limit(kk);
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < kk.intValue(); i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            if (f.equals("comb")) {
                r = r.divide(BigInteger.valueOf(i + 1));
            }
            computed(r.bitLength());
        }
        return PyBigInt.of(r);
    }

    /**
     * Counts an operation of integers just done for the clock of the run on this thread (none outside a run): a loop
     * of thousands of operations on integers of a hundred thousand digits is one call here.
     *
     * @param bits the bits of its operands and result
     */
    private static void computed(long bits) {
        Interpreter machine = Interpreter.current();
        if (machine != null) {
            machine.budget.integer(bits);
        }
    }

    private static void limit(BigInteger n) {
        if (n.compareTo(BigInteger.valueOf(MAX_FACTORIAL)) > 0) {
            throw new ProgramError("a product of more than " + MAX_FACTORIAL + " factors is more than bpdiff's limit",
                    true);
        }
    }

    private static BigInteger integer(Value v) {
        if (!Numbers.isInteger(v) && !(v instanceof PyBool)) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name()
                    + "' object cannot be interpreted as an integer");
        }
        return Numbers.big(v instanceof PyBool b ? new PyInt(b.value() ? 1 : 0) : v);
    }
}
