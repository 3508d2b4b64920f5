package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's and numpy's operators on the program's values: integer arithmetic stays integer and unrecorded,
 * anything with a float or an array is recorded; strings, lists and tuples concatenate and repeat.
 */
final class Operators {

    private final Recorder recorder;

    /**
     * @param recorder where numeric operations are computed and recorded
     */
    Operators(Recorder recorder) {
        this.recorder = recorder;
    }

    /**
     * @param op the operator
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return {@code a op b}
     */
    Value binary(BinaryOperator op, Value a, Value b, Span at) {
        if (isInteger(a) && isInteger(b) && op != BinaryOperator.MATMUL) {
            return integer(op, Numbers.toLong(a), Numbers.toLong(b));
        }
        if (Numbers.isNumeric(a) && Numbers.isNumeric(b)) {
            return numeric(op, a, b, at);
        }
        return sequence(op, a, b);
    }

    private Value numeric(BinaryOperator op, Value a, Value b, Span at) {
        boolean scalars = !(a instanceof PyArray) && !(b instanceof PyArray);
        switch (op) {
            case ADD:
                return recorder.apply(Op.ADD, OpArgs.NONE, at, a, b);
            case SUBTRACT:
                return recorder.apply(Op.SUB, OpArgs.NONE, at, a, b);
            case MULTIPLY:
                return recorder.apply(Op.MUL, OpArgs.NONE, at, a, b);
            case DIVIDE:
                if (scalars && Numbers.toDouble(b) == 0) {
                    throw new ProgramError("float division by zero");
                }
                return recorder.apply(Op.DIV, OpArgs.NONE, at, a, b);
            case POWER:
                if (scalars && Numbers.toDouble(a) < 0 && Numbers.toDouble(b) != Math.rint(Numbers.toDouble(b))) {
                    throw new ProgramError("a negative number raised to a fractional power is complex");
                }
                if (scalars && Numbers.toDouble(a) == 0 && Numbers.toDouble(b) < 0) {
                    throw new ProgramError("0.0 cannot be raised to a negative power");
                }
                return recorder.apply(Op.POW, OpArgs.NONE, at, a, b);
            case MATMUL:
                if (!(a instanceof PyArray) || !(b instanceof PyArray)) {
                    throw new ProgramError("matmul: an operand is a number, not an array (use * to scale)");
                }
                return recorder.apply(Op.MATMUL, OpArgs.NONE, at, a, b);
            default:
                return floorOrModulo(op, a, b, scalars);
        }
    }

    /** {@code //} and {@code %} of floats: computed, not differentiated (their derivative is 0 or 1 by pieces). */
    private static Value floorOrModulo(BinaryOperator op, Value a, Value b, boolean scalars) {
        if (!scalars) {
            throw new ProgramError("'" + op.symbol() + "' on arrays is not supported");
        }
        double x = Numbers.toDouble(a);
        double y = Numbers.toDouble(b);
        if (y == 0) {
            throw new ProgramError("float " + (op == BinaryOperator.MODULO ? "modulo" : "floor division") + " by zero");
        }
        double floor = Math.floor(x / y);
        return PyFloat.of(op == BinaryOperator.FLOOR_DIVIDE ? floor : x - floor * y);
    }

    private static boolean isInteger(Value v) {
        return v instanceof PyInt || v instanceof PyBool b && b.node() == Value.NO_NODE;
    }

    private static Value integer(BinaryOperator op, long a, long b) {
        try {
            return switch (op) {
                case ADD -> new PyInt(Math.addExact(a, b));
                case SUBTRACT -> new PyInt(Math.subtractExact(a, b));
                case MULTIPLY -> new PyInt(Math.multiplyExact(a, b));
                case DIVIDE -> {
                    if (b == 0) {
                        throw new ProgramError("division by zero");
                    }
                    yield PyFloat.of((double) a / b);
                }
                case FLOOR_DIVIDE, MODULO -> {
                    if (b == 0) {
                        throw new ProgramError("integer division or modulo by zero");
                    }
                    long q = Math.floorDiv(a, b);
                    yield new PyInt(op == BinaryOperator.FLOOR_DIVIDE ? q : a - q * b);
                }
                case POWER -> b < 0 ? PyFloat.of(Math.pow(a, b)) : new PyInt(power(a, b));
                case MATMUL -> throw new ProgramError("matmul: an operand is a number, not an array");
            };
        } catch (ArithmeticException e) {
            throw new ProgramError("integer too large (beyond 64 bits)");
        }
    }

    private static long power(long base, long exponent) {
        long result = 1;
        for (long k = 0; k < exponent; k++) {
            result = Math.multiplyExact(result, base);
        }
        return result;
    }

    private Value sequence(BinaryOperator op, Value a, Value b) {
        if (op == BinaryOperator.ADD && a instanceof PyStr x && b instanceof PyStr y) {
            recorder.checkSize((long) x.value().length() + y.value().length());
            return new PyStr(x.value() + y.value());
        }
        if (op == BinaryOperator.MODULO && a instanceof PyStr format) {
            return new PyStr(Formatting.percent(format.value(), b));
        }
        if (op == BinaryOperator.ADD && a instanceof PyList x && b instanceof PyList y) {
            List<Value> joined = new ArrayList<>(x.items());
            joined.addAll(y.items());
            recorder.checkSize(joined.size());
            return PyList.of(joined);
        }
        if (op == BinaryOperator.ADD && a instanceof PyTuple x && b instanceof PyTuple y) {
            List<Value> joined = new ArrayList<>(x.items());
            joined.addAll(y.items());
            return new PyTuple(joined);
        }
        if (op == BinaryOperator.MULTIPLY && (isInteger(b) || isInteger(a))) {
            Value seq = isInteger(b) ? a : b;
            long times = Math.max(0, Numbers.toLong(isInteger(b) ? b : a));
            return repeat(seq, times);
        }
        throw new ProgramError("unsupported operand types for " + op.symbol() + ": '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    private Value repeat(Value seq, long times) {
        if (seq instanceof PyStr s) {
            recorder.checkSize(s.value().length() * times);
            return new PyStr(s.value().repeat((int) times));
        }
        if (seq instanceof PyList || seq instanceof PyTuple) {
            List<Value> items = Numbers.items(seq);
            recorder.checkSize(items.size() * times);
            List<Value> repeated = new ArrayList<>();
            for (long k = 0; k < times; k++) {
                repeated.addAll(items);
            }
            return seq instanceof PyList ? PyList.of(repeated) : new PyTuple(repeated);
        }
        throw new ProgramError("can't multiply sequence of type '" + seq.typeName() + "'");
    }

    /**
     * @param op {@code -}, {@code +} or {@code not}
     * @param a the operand
     * @param at where
     * @return the result
     */
    Value unary(String op, Value a, Span at) {
        if (op.equals("not")) {
            return PyBool.of(!Truth.of(a));
        }
        if (a instanceof PyInt i) {
            return op.equals("-") ? new PyInt(-i.value()) : i;
        }
        if (a instanceof PyBool b && b.node() == Value.NO_NODE) {
            return new PyInt(op.equals("-") ? -(b.value() ? 1 : 0) : b.value() ? 1 : 0);
        }
        if (!Numbers.isNumeric(a)) {
            throw new ProgramError("bad operand type for unary " + op + ": '" + a.typeName() + "'");
        }
        return op.equals("-") ? recorder.apply(Op.NEG, OpArgs.NONE, at, a) : a;
    }

    /**
     * One comparison of a chain.
     *
     * @param op {@code < <= > >= == != in not in is is not}
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return a bool, or a 0/1 array for arrays
     */
    Value compare(String op, Value a, Value b, Span at) {
        switch (op) {
            case "is":
                return PyBool.of(a == b || a == PyNone.NONE && b == PyNone.NONE);
            case "is not":
                return PyBool.of(!(a == b || a == PyNone.NONE && b == PyNone.NONE));
            case "in":
                return PyBool.of(contains(b, a));
            case "not in":
                return PyBool.of(!contains(b, a));
            default:
                break;
        }
        if (Numbers.isNumeric(a) && Numbers.isNumeric(b)) {
            Op comparison = switch (op) {
                case "<" -> Op.LT;
                case "<=" -> Op.LE;
                case ">" -> Op.GT;
                case ">=" -> Op.GE;
                case "==" -> Op.EQ;
                default -> Op.NE;
            };
            return recorder.apply(comparison, OpArgs.NONE, at, a, b);
        }
        if (op.equals("==") || op.equals("!=")) {
            return PyBool.of(Equality.equal(a, b) == op.equals("=="));
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            int c = x.value().compareTo(y.value());
            return PyBool.of(switch (op) {
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                default -> c >= 0;
            });
        }
        throw new ProgramError("'" + op + "' not supported between instances of '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    private static boolean contains(Value container, Value item) {
        if (container instanceof PyStr s && item instanceof PyStr t) {
            return s.value().contains(t.value());
        }
        if (container instanceof PyRange r && isInteger(item)) {
            long v = Numbers.toLong(item);
            for (long k = 0; k < r.length(); k++) {
                if (r.at(k) == v) {
                    return true;
                }
            }
            return false;
        }
        for (Value v : Numbers.items(container)) {
            if (Equality.equal(v, item)) {
                return true;
            }
        }
        return false;
    }
}
