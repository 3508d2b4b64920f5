package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's and numpy's operators on the program's values: integer arithmetic stays integer (without bound)
 * and unrecorded, anything with a float or an array is recorded; strings, lists and tuples concatenate and
 * repeat; sets and dicts combine; the bitwise operators of numbers and arrays are {@link Bitwise}'s; objects of
 * the program's classes use their special methods ({@code __add__}, {@code __radd__}, …).
 */
final class Operators {

    private static final Map<String, String> SPECIAL = Map.ofEntries(Map.entry("+", "add"), Map.entry("-", "sub"),
            Map.entry("*", "mul"), Map.entry("/", "truediv"), Map.entry("//", "floordiv"), Map.entry("%", "mod"),
            Map.entry("**", "pow"), Map.entry("@", "matmul"), Map.entry("|", "or"), Map.entry("&", "and"),
            Map.entry("^", "xor"), Map.entry("<<", "lshift"), Map.entry(">>", "rshift"));

    private final Interpreter machine;
    private final Recorder recorder;

    /**
     * @param machine the interpreter
     */
    Operators(Interpreter machine) {
        this.machine = machine;
        this.recorder = machine.recorder;
    }

    /**
     * @param op the operator
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return {@code a op b}
     */
    Value binary(BinaryOperator op, Value a, Value b, Span at) {
        String symbol = op.symbol();
        if (a instanceof PyStr format && symbol.equals("%")) {
            return new PyStr(Formatting.percent(machine, format.value(), b));
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            return special(symbol, a, b, at);
        }
        if (a instanceof PyDict x && x.counter() && b instanceof PyDict y && y.counter()) {
            Value counted = Counters.binary(machine, op, x, y, at);
            if (counted != null) {
                return counted;
            }
        }
        if (a instanceof PyTensor || b instanceof PyTensor) {
            return TensorOperators.binary(machine.torch, op, a, b, at);
        }
        if (a instanceof PyArray && isListOrTuple(b)) {
            // numpy's operators take a list or tuple as np.asarray of it: X + [0, 2], [1, 2] * W
            return binary(op, a, machine.calls.numpy().operand(b, at), at);
        }
        if (b instanceof PyArray && isListOrTuple(a)) {
            return binary(op, machine.calls.numpy().operand(a, at), b, at);
        }
        if (op.isBitwise()) {
            Value bits = Bitwise.binary(machine, op, a, b);
            if (bits != null) {
                return bits;
            }
        }
        if (Numbers.isInteger(a) && Numbers.isInteger(b) && op != BinaryOperator.MATMUL) {
            return Integers.binary(symbol, a, b, recorder);
        }
        if (Numbers.isNumeric(a) && Numbers.isNumeric(b)) {
            return numeric(op, a, b, at);
        }
        return sequence(symbol, a, b);
    }

    private static boolean isListOrTuple(Value v) {
        return v instanceof PyList || v instanceof PyTuple;
    }

    /**
     * {@code a op= b}: a list, dict or set is changed in place ({@code +=} extends a list, {@code |=} updates
     * a dict or set), an object's {@code __iop__} is tried first; anything else is {@code a op b}.
     *
     * @param op the operator
     * @param a the target's value
     * @param b the right-hand side
     * @param at where
     * @return the value to bind to the target
     */
    Value inPlace(BinaryOperator op, Value a, Value b, Span at) {
        String symbol = op.symbol();
        if (a instanceof PyInstance) {
            Value special = Attributes.special(a, "__i" + SPECIAL.get(symbol) + "__");
            if (special != null) {
                Value result = machine.calls.call(special, List.of(b), Map.of(), at);
                if (result != PyConstant.NOT_IMPLEMENTED) {
                    return result;
                }
            }
        }
        if (a instanceof PyList l && symbol.equals("+")) {
            List<Value> more = Iteration.list(b, machine, at);
            recorder.checkSize((long) l.items().size() + more.size());
            l.items().addAll(more);
            return a;
        }
        if (a instanceof PyList l && symbol.equals("*") && Numbers.isInteger(b)) {
            PyList repeated = (PyList) repeat(l, Math.max(0, repetitions(b)));
            l.items().clear();
            l.items().addAll(repeated.items());
            return a;
        }
        if (a instanceof PyDict d && symbol.equals("|")) {
            Containers.update(machine, d, b, at);
            return a;
        }
        if (a instanceof PySet s && b instanceof PySet t && !s.frozen() && (symbol.equals("|") || symbol.equals("&")
                || symbol.equals("^") || symbol.equals("-"))) {
            if (symbol.equals("|")) {
                s.table().merge(t.table());
            } else if (symbol.equals("^")) {
                Sets.toggle(s, t);
            } else if (symbol.equals("-")) {
                // CPython's difference_update discards each of the other's keys from the set itself
                for (HashKey k : List.copyOf(t.table().elements())) {
                    s.table().remove(k);
                }
            } else {
                s.table().replaceWith(Sets.combine(machine, "&", s, t).table());
            }
            return a;
        }
        try {
            return binary(op, a, b, at);
        } catch (ProgramError e) {
            // CPython names the augmented operator when neither side has it: unsupported operand type(s) for |=
            if (e.getMessage().equals(unsupported(symbol, a, b).getMessage())) {
                throw unsupported(symbol + "=", a, b);
            }
            throw e;
        }
    }

    /** {@code a.__op__(b)}, else {@code b.__rop__(a)}, as Python tries them. */
    private Value special(String symbol, Value a, Value b, Span at) {
        String name = SPECIAL.get(symbol);
        Value forward = Attributes.special(a, "__" + name + "__");
        if (forward != null) {
            Value result = machine.calls.call(forward, List.of(b), Map.of(), at);
            if (result != PyConstant.NOT_IMPLEMENTED) {
                return result;
            }
        }
        Value reflected = a.getClass() == b.getClass() && a instanceof PyInstance x && b instanceof PyInstance y
                && x.cls() == y.cls() ? null : Attributes.special(b, "__r" + name + "__");
        if (reflected != null) {
            Value result = machine.calls.call(reflected, List.of(a), Map.of(), at);
            if (result != PyConstant.NOT_IMPLEMENTED) {
                return result;
            }
        }
        throw unsupported(symbol, a, b);
    }

    private static ProgramError unsupported(String symbol, Value a, Value b) {
        return ProgramError.of("TypeError", "unsupported operand type(s) for " + symbol + ": '"
                + BuiltinTypes.typeOf(a).name() + "' and '" + BuiltinTypes.typeOf(b).name() + "'");
    }

    private Value numeric(BinaryOperator op, Value a, Value b, Span at) {
        // Python's float errors; a numpy scalar on either side computes as numpy does (inf, nan) and goes on
        boolean python = !Numbers.isNumpy(a) && !Numbers.isNumpy(b);
        switch (op) {
            case ADD:
                return recorder.apply(Op.ADD, OpArgs.NONE, at, a, b);
            case SUBTRACT:
                return recorder.apply(Op.SUB, OpArgs.NONE, at, a, b);
            case MULTIPLY:
                return recorder.apply(Op.MUL, OpArgs.NONE, at, a, b);
            case DIVIDE:
                if (python && Numbers.toDouble(b) == 0) {
                    throw ProgramError.of("ZeroDivisionError", "float division by zero");
                }
                return recorder.apply(Op.DIV, OpArgs.NONE, at, a, b);
            case POWER:
                if (python) {
                    checkPower(Numbers.toDouble(a), Numbers.toDouble(b));
                }
                return recorder.apply(Op.POW, OpArgs.NONE, at, a, b);
            case MATMUL:
                if (!(a instanceof PyArray) || !(b instanceof PyArray)) {
                    throw ProgramError.of("TypeError", "unsupported operand type(s) for @: '"
                            + BuiltinTypes.typeOf(a).name() + "' and '" + BuiltinTypes.typeOf(b).name() + "'");
                }
                return recorder.apply(Op.MATMUL, OpArgs.NONE, at, a, b);
            case FLOOR_DIVIDE:
            case MODULO:
                return floorOrModulo(op, a, b);
            default:
                throw unsupported(op.symbol(), a, b);
        }
    }

    /** The errors of Python's float power: a zero base with a negative exponent, a complex result, overflow. */
    private static void checkPower(double x, double y) {
        if (x == 0 && y < 0) {
            throw ProgramError.of("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) {
            throw new ProgramError("a negative number raised to a fractional power is a complex number, which "
                    + "bpdiff does not support");
        }
        if (Double.isFinite(x) && Double.isFinite(y) && Double.isInfinite(Math.pow(x, y))) {
            throw ProgramError.of("OverflowError", "(34, 'Numerical result out of range')");
        }
    }

    /**
     * {@code //} and {@code %} of floats, as CPython computes them (the remainder has the divisor's sign);
     * computed, not differentiated (their derivative is 0 or 1 by pieces).
     */
    private static Value floorOrModulo(BinaryOperator op, Value a, Value b) {
        if (a instanceof PyArray || b instanceof PyArray) {
            throw new ProgramError("'" + op.symbol() + "' on arrays is not supported");
        }
        double x = Numbers.toDouble(a);
        double y = Numbers.toDouble(b);
        boolean numpy = Numbers.isNumpy(a) || Numbers.isNumpy(b);
        if (y == 0 && numpy) { // numpy's floor_divide and remainder by zero: ±inf or nan, and nan
            return new PyFloat(op == BinaryOperator.FLOOR_DIVIDE && x != 0 && !Double.isNaN(x) ? x / y : Double.NaN,
                    Value.NO_NODE, true);
        }
        if (y == 0) {
            throw ProgramError.of("ZeroDivisionError", op == BinaryOperator.MODULO ? "float modulo"
                    : "float floor division by zero");
        }
        double[] qr = divmod(x, y);
        return new PyFloat(op == BinaryOperator.FLOOR_DIVIDE ? qr[0] : qr[1], Value.NO_NODE, numpy);
    }

    /**
     * CPython's {@code float_divmod}.
     *
     * @param x the dividend
     * @param y the divisor, not 0
     * @return the floor quotient and the remainder
     */
    static double[] divmod(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floor;
        if (div != 0) {
            floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
        } else {
            floor = Math.copySign(0.0, x / y);
        }
        return new double[] {floor, mod};
    }

    private Value sequence(String symbol, Value a, Value b) {
        if (symbol.equals("+")) {
            Value joined = concatenate(a, b);
            if (joined != null) {
                return joined;
            }
        }
        if (symbol.equals("%") && a instanceof PyStr format) {
            return new PyStr(Formatting.percent(machine, format.value(), b));
        }
        if (symbol.equals("*") && (Numbers.isInteger(b) && isSequence(a) || Numbers.isInteger(a) && isSequence(b))) {
            Value seq = isSequence(a) ? a : b;
            return repeat(seq, Math.max(0, repetitions(seq == a ? b : a)));
        }
        if (symbol.equals("*") && (isSequence(a) || isSequence(b))) {
            Value other = isSequence(a) ? b : a;
            throw ProgramError.of("TypeError", "can't multiply sequence by non-int of type '"
                    + BuiltinTypes.typeOf(other).name() + "'");
        }
        if (a instanceof PySet x && b instanceof PySet y && (symbol.equals("|") || symbol.equals("&")
                || symbol.equals("-") || symbol.equals("^"))) {
            return Sets.combine(machine, symbol, x, y);
        }
        if (symbol.equals("|") && a instanceof PyDict x && b instanceof PyDict y) {
            PyDict merged = Containers.copy(x);
            Containers.update(machine, merged, y, null);
            return merged;
        }
        if (a == PyIgnored.IGNORED || b == PyIgnored.IGNORED) {
            return PyIgnored.IGNORED;
        }
        throw unsupported(symbol, a, b);
    }

    private static boolean isSequence(Value v) {
        return v instanceof PyStr || v instanceof PyList || v instanceof PyTuple;
    }

    private Value concatenate(Value a, Value b) {
        if (a instanceof PyStr x) {
            if (!(b instanceof PyStr y)) {
                throw cannotConcatenate("str", b);
            }
            recorder.checkSize((long) x.value().length() + y.value().length());
            machine.budget.characters((long) x.value().length() + y.value().length());
            return new PyStr(x.value() + y.value());
        }
        if (a instanceof PyList x) {
            if (!(b instanceof PyList y)) {
                throw cannotConcatenate("list", b);
            }
            return PyList.of(joined(x.items(), y.items()));
        }
        if (a instanceof PyTuple x) {
            if (!(b instanceof PyTuple y)) {
                throw cannotConcatenate("tuple", b);
            }
            return new PyTuple(joined(x.items(), y.items()));
        }
        return null;
    }

    /** @return CPython's TypeError for {@code a + b} with {@code a} of the type and {@code b} of another */
    private static ProgramError cannotConcatenate(String type, Value b) {
        return ProgramError.of("TypeError", "can only concatenate " + type + " (not \"" + BuiltinTypes.typeOf(b).name()
                + "\") to " + type);
    }

    /** @return the items of {@code x} then those of {@code y}, within the size limits */
    private List<Value> joined(List<Value> x, List<Value> y) {
        recorder.checkSize((long) x.size() + y.size());
        machine.budget.elements((long) x.size() + y.size());
        List<Value> joined = new ArrayList<>(x);
        joined.addAll(y);
        return joined;
    }

    /** How often a sequence is repeated: an int beyond 64 bits is CPython's OverflowError of an index. */
    private static long repetitions(Value times) {
        if (times instanceof PyBigInt) {
            throw ProgramError.of("OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        return Numbers.toLong(times);
    }

    private Value repeat(Value seq, long times) {
        if (seq instanceof PyStr s) {
            recorder.checkSize(Budget.product(s.value().length(), times));
            machine.budget.characters(Budget.product(s.value().length(), times));
            return new PyStr(s.value().repeat((int) times));
        }
        List<Value> items = Numbers.items(seq);
        recorder.checkSize(Budget.product(items.size(), times));
        machine.budget.elements(Budget.product(items.size(), times));
        List<Value> repeated = new ArrayList<>();
        for (long k = 0; k < times; k++) {
            repeated.addAll(items);
        }
        return seq instanceof PyList ? PyList.of(repeated) : new PyTuple(repeated);
    }

    /**
     * @param op {@code -}, {@code +}, {@code ~} or {@code not}
     * @param a the operand
     * @param at where
     * @return the result
     */
    Value unary(String op, Value a, Span at) {
        if (op.equals("not")) {
            return PyBool.of(!Truth.of(machine, a));
        }
        if (a instanceof PyInstance) {
            Value m = Attributes.special(a, op.equals("-") ? "__neg__" : op.equals("+") ? "__pos__" : "__invert__");
            if (m != null) {
                return machine.calls.call(m, List.of(), Map.of(), at);
            }
        }
        if (a instanceof PyTensor t) {
            return TensorOperators.unary(machine.torch, op, t, at);
        }
        Value inverted = op.equals("~") ? Bitwise.invert(machine, a) : null;
        if (inverted != null) {
            return inverted;
        }
        if (Numbers.isInteger(a)) {
            BigInteger v = Numbers.big(a);
            return PyBigInt.of(op.equals("-") ? v.negate() : op.equals("~") ? v.not() : v);
        }
        if (!Numbers.isNumeric(a) || op.equals("~")) {
            throw ProgramError.of("TypeError", "bad operand type for unary " + op + ": '" + BuiltinTypes.typeOf(a).name()
                    + "'");
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
                return PyBool.of(Equality.identical(a, b));
            case "is not":
                return PyBool.of(!Equality.identical(a, b));
            case "in":
                return PyBool.of(Equality.contains(machine, b, a, at));
            case "not in":
                return PyBool.of(!Equality.contains(machine, b, a, at));
            default:
                break;
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            return Equality.richCompare(machine, op, a, b, at);
        }
        if (a instanceof PyTensor || b instanceof PyTensor) {
            return TensorOperators.compare(machine.torch, comparison(op), a, b, at);
        }
        if (Numbers.isInteger(a) && Numbers.isInteger(b)) {
            int c = Numbers.big(a).compareTo(Numbers.big(b));
            return PyBool.of(Equality.holds(op, c));
        }
        if (Numbers.isNumeric(a) && Numbers.isNumeric(b)) {
            return recorder.apply(comparison(op), OpArgs.NONE, at, a, b);
        }
        if (op.equals("==") || op.equals("!=")) {
            return PyBool.of(Equality.equal(machine, a, b) == op.equals("=="));
        }
        return PyBool.of(Equality.order(machine, op, a, b, at));
    }

    /** @return the recorded operation of a comparison: {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==} or else {@code !=} */
    private static Op comparison(String op) {
        return switch (op) {
            case "<" -> Op.LT;
            case "<=" -> Op.LE;
            case ">" -> Op.GT;
            case ">=" -> Op.GE;
            case "==" -> Op.EQ;
            default -> Op.NE;
        };
    }
}
