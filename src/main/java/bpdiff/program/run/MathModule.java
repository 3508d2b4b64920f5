package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * Python's {@code math} module, every function and constant of CPython 3.11, with its errors: a
 * {@code ValueError("math domain error")} where the result would be NaN from a number, an
 * {@code OverflowError("math range error")} where it would be infinite from a finite number.
 * {@code exp log sqrt tanh sin cos fabs pow} of a recorded float are recorded on the tape; the others give
 * constants. {@code log} is glibc's to the last bit ({@link GlibcLog}), the others Java's, which differ from
 * glibc's in the last bit for a few arguments in a thousand.
 */
final class MathModule {

    /** The constants. */
    static final Set<String> CONSTANTS = Set.of("pi", "e", "tau", "inf", "nan");

    private final Interpreter machine;

    /**
     * @param machine the interpreter
     */
    MathModule(Interpreter machine) {
        this.machine = machine;
    }

    /**
     * @param name a constant's name
     * @return its value
     */
    static Value constant(String name) {
        return PyFloat.of(switch (name) {
            case "pi" -> Math.PI;
            case "e" -> Math.E;
            case "tau" -> 2 * Math.PI;
            case "inf" -> Double.POSITIVE_INFINITY;
            default -> Double.NaN;
        });
    }

    /**
     * @param f the function
     * @param a its arguments
     * @param at where
     * @return its result
     */
    Value call(String f, Arguments a, Span at) {
        switch (f) {
            case "exp":
                return recorded(Op.EXP, a.required(0, "x"), GlibcExp::exp, true, at);
            case "sqrt":
                return recorded(Op.SQRT, a.required(0, "x"), Math::sqrt, false, at);
            case "tanh":
                return recorded(Op.TANH, a.required(0, "x"), Math::tanh, false, at);
            case "fabs":
                return recorded(Op.ABS, a.required(0, "x"), Math::abs, false, at);
            case "log":
                return log(a, at);
            case "pow":
                return pow(a.required(0, "x"), a.required(1, "y"), at);
            case "floor":
            case "ceil":
            case "trunc":
                return integral(f, a.required(0, "x"));
            case "factorial":
            case "isqrt":
            case "gcd":
            case "lcm":
            case "comb":
            case "perm":
                return IntegerMath.call(f, a);
            case "fsum":
                return PyFloat.of(fsum(Iteration.list(a.required(0, "seq"), machine, at)));
            case "prod":
                return prod(a, at);
            default:
                return plain(f, a, at);
        }
    }

    private Value plain(String f, Arguments a, Span at) {
        return switch (f) {
            case "sin" -> recorded(Op.SIN, a.required(0, "x"), x -> Double.isInfinite(x) ? Double.NaN : Math.sin(x),
                    false, at);
            case "cos" -> recorded(Op.COS, a.required(0, "x"), x -> Double.isInfinite(x) ? Double.NaN : Math.cos(x),
                    false, at);
            case "tan" -> PyFloat.of(unary(a, x -> Double.isInfinite(x) ? Double.NaN : Math.tan(x), false));
            case "asin" -> PyFloat.of(unary(a, Math::asin, false));
            case "acos" -> PyFloat.of(unary(a, Math::acos, false));
            case "atan" -> PyFloat.of(unary(a, Math::atan, false));
            case "sinh" -> PyFloat.of(unary(a, Math::sinh, true));
            case "cosh" -> PyFloat.of(unary(a, Math::cosh, true));
            case "asinh" -> PyFloat.of(unary(a, MathModule::asinh, false));
            case "acosh" -> PyFloat.of(unary(a, x -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1)), false));
            case "atanh" -> PyFloat.of(unary(a, x -> Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log1p(2 * x / (1 - x)),
                    false));
            case "exp2" -> PyFloat.of(unary(a, x -> Math.pow(2, x), true));
            case "expm1" -> PyFloat.of(unary(a, Math::expm1, true));
            case "log2" -> PyFloat.of(unary(a, x -> x <= 0 ? Double.NaN : log2(x), false));
            case "log10" -> PyFloat.of(unary(a, x -> x <= 0 ? Double.NaN : Math.log10(x), false));
            case "log1p" -> PyFloat.of(unary(a, x -> x <= -1 ? Double.NaN : Math.log1p(x), false));
            case "cbrt" -> PyFloat.of(unary(a, Math::cbrt, false));
            case "erf" -> PyFloat.of(unary(a, SpecialFunctions::erf, false));
            case "erfc" -> PyFloat.of(unary(a, SpecialFunctions::erfc, false));
            case "gamma" -> PyFloat.of(unary(a, SpecialFunctions::gamma, true));
            case "lgamma" -> PyFloat.of(unary(a, SpecialFunctions::lgamma, true));
            case "degrees" -> PyFloat.of(number(a.required(0, "x")) * (180.0 / Math.PI));
            case "radians" -> PyFloat.of(number(a.required(0, "x")) * (Math.PI / 180.0));
            case "isfinite" -> PyBool.of(Double.isFinite(number(a.required(0, "x"))));
            case "isinf" -> PyBool.of(Double.isInfinite(number(a.required(0, "x"))));
            case "isnan" -> PyBool.of(Double.isNaN(number(a.required(0, "x"))));
            case "isclose" -> isclose(a);
            default -> binary(f, a, at);
        };
    }

    private Value binary(String f, Arguments a, Span at) {
        switch (f) {
            case "atan2":
                return PyFloat.of(Math.atan2(number(a.required(0, "y")), number(a.required(1, "x"))));
            case "copysign":
                return PyFloat.of(Math.copySign(number(a.required(0, "x")), number(a.required(1, "y"))));
            case "fmod": {
                double x = number(a.required(0, "x"));
                double y = number(a.required(1, "y"));
                if (Double.isInfinite(x) && !Double.isNaN(y) || y == 0 && !Double.isNaN(x)) {
                    throw domain();
                }
                return PyFloat.of(Double.isInfinite(y) && Double.isFinite(x) ? x : x % y);
            }
            case "remainder": {
                double x = number(a.required(0, "x"));
                double y = number(a.required(1, "y"));
                if (Double.isInfinite(x) && !Double.isNaN(y) || y == 0 && !Double.isNaN(x)) {
                    throw domain();
                }
                return PyFloat.of(Double.isInfinite(y) && Double.isFinite(x) ? x : Math.IEEEremainder(x, y));
            }
            case "ldexp": {
                double x = number(a.required(0, "x"));
                Value i = a.required(1, "i");
                if (!Numbers.isInteger(i)) {
                    throw ProgramError.of("TypeError", "Expected an int as second argument to ldexp.");
                }
                BigInteger e = Numbers.big(i);
                int exp = e.max(BigInteger.valueOf(-3000)).min(BigInteger.valueOf(3000)).intValue();
                double r = Math.scalb(x, exp);
                if (Double.isInfinite(r) && Double.isFinite(x)) {
                    throw range();
                }
                return PyFloat.of(r);
            }
            case "frexp": {
                double x = number(a.required(0, "x"));
                if (x == 0 || !Double.isFinite(x)) {
                    return new PyTuple(List.of(PyFloat.of(x), new PyInt(0)));
                }
                int e = Math.getExponent(x);
                if (e < Double.MIN_EXPONENT) {
                    e = Math.getExponent(x * 0x1p54) - 54;
                }
                return new PyTuple(List.of(PyFloat.of(Math.scalb(x, -(e + 1))), new PyInt(e + 1)));
            }
            case "modf": {
                double x = number(a.required(0, "x"));
                if (Double.isInfinite(x)) {
                    return new PyTuple(List.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x)));
                }
                double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
                return new PyTuple(List.of(PyFloat.of(Math.copySign(x - whole, x)), PyFloat.of(whole)));
            }
            case "nextafter":
                return PyFloat.of(Math.nextAfter(number(a.required(0, "x")), number(a.required(1, "y"))));
            case "ulp": {
                double x = Math.abs(number(a.required(0, "x")));
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    return PyFloat.of(x);
                }
                double next = Math.nextUp(x);
                return PyFloat.of(Double.isInfinite(next) ? x - Math.nextDown(x) : next - x);
            }
            case "hypot": {
                double h = 0;
                List<Double> xs = new ArrayList<>();
                for (Value v : a.positional()) {
                    xs.add(number(v));
                }
                h = hypot(xs);
                return PyFloat.of(h);
            }
            case "dist": {
                List<Value> p = Iteration.list(a.required(0, "p"), machine, at);
                List<Value> q = Iteration.list(a.required(1, "q"), machine, at);
                if (p.size() != q.size()) {
                    throw ProgramError.of("ValueError", "both points must have the same number of dimensions");
                }
                List<Double> d = new ArrayList<>();
                for (int k = 0; k < p.size(); k++) {
                    d.add(number(p.get(k)) - number(q.get(k)));
                }
                return PyFloat.of(hypot(d));
            }
            default:
                throw new ProgramError("math." + f + " is not supported");
        }
    }

    private static double hypot(List<Double> xs) {
        double h = 0;
        boolean nan = false;
        for (double x : xs) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
            h = Math.hypot(h, x);
        }
        return nan ? Double.NaN : h;
    }

    private static double asinh(double x) {
        if (Double.isInfinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r = a > 0x1p28 ? Math.log(a) + Math.log(2) : a > 2 ? Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a))
                : Math.log1p(a + x * x / (1 + Math.sqrt(1 + x * x)));
        return Math.copySign(r, x);
    }

    private static double log2(double x) {
        int e = Math.getExponent(x);
        if (x == Math.scalb(1.0, e)) {
            return e;
        }
        return Math.log(x) / Math.log(2);
    }

    /** A function of one number: CPython's {@code math_1}, which turns NaN and overflow into exceptions. */
    private double unary(Arguments a, DoubleUnaryOperator f, boolean canOverflow) {
        double x = number(a.required(0, "x"));
        return checked(x, f.applyAsDouble(x), canOverflow);
    }

    private static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }

    /** A function that the tape records when its argument has a node; its value and errors are CPython's. */
    private Value recorded(Op op, Value x, DoubleUnaryOperator f, boolean canOverflow, Span at) {
        double v = number(x);
        double r = checked(v, f.applyAsDouble(v), canOverflow);
        if (Numbers.node(x) == Value.NO_NODE) {
            return PyFloat.of(r);
        }
        return machine.recorder.applied(op, at, scalar(x), r);
    }

    private Value log(Arguments a, Span at) {
        Value x = a.required(0, "x");
        if (Numbers.isInteger(x) && !(x instanceof PyBool)) {
            BigInteger n = Numbers.big(x);
            if (n.signum() <= 0) {
                throw domain();
            }
        }
        double v = logOf(x);
        Value result;
        if (Numbers.node(x) == Value.NO_NODE) {
            result = PyFloat.of(v);
        } else {
            result = machine.recorder.applied(Op.LOG, at, scalar(x), v);
        }
        if (a.size() < 2) {
            return result;
        }
        Value base = a.positional().get(1);
        double b = logOf(base);
        if (b == 0) {
            throw ProgramError.of("ZeroDivisionError", "float division by zero");
        }
        Value denominator = Numbers.node(base) == Value.NO_NODE ? PyFloat.of(b)
                : machine.recorder.applied(Op.LOG, at, scalar(base), b);
        return machine.operators.binary(BinaryOperator.DIVIDE, result, denominator, at);
    }

    /** The natural log of a number, of a huge integer too (as CPython's {@code loghelper}). */
    private double logOf(Value x) {
        if (x instanceof PyBigInt b) {
            if (b.value().signum() <= 0) {
                throw domain();
            }
            int shift = Math.max(0, b.value().bitLength() - 60);
            return GlibcLog.log(b.value().shiftRight(shift).doubleValue()) + shift * GlibcLog.log(2);
        }
        double v = number(x);
        if (Double.isNaN(v)) {
            return v;
        }
        if (v <= 0) {
            throw domain();
        }
        return GlibcLog.log(v);
    }

    /** CPython's {@code math.pow}: a float power, with a domain error where C's {@code pow} has one. */
    private Value pow(Value x, Value y, Span at) {
        double a = number(x);
        double b = number(y);
        double r;
        if (Double.isFinite(a) && Double.isFinite(b)) {
            if (a == 0 && b < 0 || a < 0 && b != Math.rint(b)) {
                throw domain();
            }
            r = Math.pow(a, b);
            if (Double.isInfinite(r)) {
                throw range();
            }
        } else {
            r = a == 1 || b == 0 ? 1 : Math.pow(a, b);
        }
        if (Numbers.node(x) == Value.NO_NODE && Numbers.node(y) == Value.NO_NODE) {
            return PyFloat.of(r);
        }
        return machine.recorder.apply(Op.POW, OpArgs.NONE, at, scalar(x), scalar(y));
    }

    /** A number as a Python float for the tape: an int becomes a float (a recorded bool keeps its node). */
    private static Value scalar(Value x) {
        return Numbers.isInteger(x) ? PyFloat.of(Numbers.toDouble(x)) : Numbers.python(x);
    }

    private static Value integral(String f, Value x) {
        if (Numbers.isInteger(x)) {
            return x instanceof PyBool b ? new PyInt(b.value() ? 1 : 0) : x;
        }
        double v = number(x);
        if (Double.isNaN(v)) {
            throw ProgramError.of("ValueError", "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw ProgramError.of("OverflowError", "cannot convert float infinity to integer");
        }
        double r = switch (f) {
            case "floor" -> Math.floor(v);
            case "ceil" -> Math.ceil(v);
            default -> v < 0 ? Math.ceil(v) : Math.floor(v);
        };
        return PyBigInt.of(new BigDecimal(r).toBigInteger());
    }

    private Value isclose(Arguments a) {
        a.check(2, "a", "b", "rel_tol", "abs_tol");
        double x = number(a.required(0, "a"));
        double y = number(a.required(1, "b"));
        double rel = a.keywords().get("rel_tol") == null ? 1e-9 : number(a.keywords().get("rel_tol"));
        double abs = a.keywords().get("abs_tol") == null ? 0 : number(a.keywords().get("abs_tol"));
        if (rel < 0 || abs < 0) {
            throw ProgramError.of("ValueError", "tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.of(true);
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.of(false);
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    private Value prod(Arguments a, Span at) {
        Value total = a.keywords().get("start") == null ? new PyInt(1) : a.keywords().get("start");
        Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
        while (items.hasNext()) {
            total = machine.operators.binary(BinaryOperator.MULTIPLY, total, items.next(), at);
        }
        return total;
    }

    /** Shewchuk's exact summation, as CPython's {@code math.fsum} computes it. */
    private static double fsum(List<Value> items) {
        List<Double> partials = new ArrayList<>();
        double specialSum = 0;
        double infSum = 0;
        for (Value item : items) {
            double x = number(item);
            double xsave = x;
            int i = 0;
            for (double y : partials) {
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials.set(i++, lo);
                }
                x = hi;
            }
            while (partials.size() > i) {
                partials.remove(partials.size() - 1);
            }
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw ProgramError.of("OverflowError", "intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    partials.clear();
                } else {
                    partials.add(x);
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw ProgramError.of("ValueError", "-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        int n = partials.size();
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0.0 && partials.get(n - 1) < 0.0 || lo > 0.0 && partials.get(n - 1) > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /**
     * @param v an int, float or bool (or a one-element array)
     * @return it as a double
     * @throws ProgramError {@code TypeError} for anything else
     */
    static double number(Value v) {
        if (v instanceof PyStr || !Numbers.isNumeric(v) || v instanceof PyArray a && a.value().size() != 1) {
            throw ProgramError.of("TypeError", v instanceof PyArray ? "only size-1 arrays can be converted to Python "
                    + "scalars" : "must be real number, not " + BuiltinTypes.typeOf(v).name());
        }
        return Numbers.toDouble(v);
    }

    private static ProgramError domain() {
        return ProgramError.of("ValueError", "math domain error");
    }

    private static ProgramError range() {
        return ProgramError.of("OverflowError", "math range error");
    }
}
