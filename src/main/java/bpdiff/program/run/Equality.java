package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python's {@code ==}, {@code is}, {@code in} and ordering of values that are not numbers compared elementwise. */
final class Equality {

    private static final Map<String, String> REFLECTED = Map.of("<", ">", "<=", ">=", ">", "<", ">=", "<=", "==", "==",
            "!=", "!=");
    private static final Map<String, String> SPECIAL = Map.of("<", "__lt__", "<=", "__le__", ">", "__gt__", ">=",
            "__ge__", "==", "__eq__", "!=", "__ne__");

    private Equality() {}

    /**
     * @param a a value
     * @param b another
     * @return whether Python's {@code ==} holds, without calling the program's {@code __eq__}
     */
    static boolean equal(Value a, Value b) {
        return equal(null, a, b);
    }

    /**
     * @param machine the interpreter (to call a class's {@code __eq__}), or {@code null}
     * @param a a value
     * @param b another
     * @return whether {@code a is b or a == b}, as containment and {@code list.index} test it
     */
    static boolean equal(Interpreter machine, Value a, Value b) {
        if (a == b) {
            return true;
        }
        if (machine != null && (a instanceof PyInstance || b instanceof PyInstance)) {
            return Truth.of(machine, richCompare(machine, "==", a, b, null));
        }
        if (Numbers.isInteger(a) && Numbers.isInteger(b)) {
            return Numbers.big(a).equals(Numbers.big(b));
        }
        if (Numbers.isNumeric(a) && Numbers.isNumeric(b) && !(a instanceof PyArray) && !(b instanceof PyArray)) {
            return Numbers.toDouble(a) == Numbers.toDouble(b);
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value().equals(y.value());
        }
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            List<Value> x = Numbers.items(a);
            List<Value> y = Numbers.items(b);
            if (x.size() != y.size()) {
                return false;
            }
            Budget.walked(x.size());
            for (int k = 0; k < x.size(); k++) {
                if (!equal(machine, x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (x.size() != y.size()) {
                return false;
            }
            Budget.walked(x.size());
            for (Map.Entry<HashKey, Value> e : x.entries()) {
                Value other = y.get(e.getKey().value());
                if (other == null || !equal(machine, e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return x.size() == y.size() && Sets.subset(x, y);
        }
        if (a instanceof PyRange x && b instanceof PyRange y) {
            return x.length() == y.length() && (x.length() == 0 || x.start() == y.start()
                    && (x.length() == 1 || x.step() == y.step()));
        }
        if (a instanceof PyDictView x && b instanceof PyDictView y && x.kind().equals(y.kind()) && !x.kind().equals("values")) {
            return equal(machine, Sets.of(true, x, machine, null), Sets.of(true, y, machine, null));
        }
        return a instanceof PyBuiltin || a instanceof PyModule || a instanceof PyBoundMethod ? a.equals(b) : false;
    }

    /**
     * Python's {@code is}: the same object. Small integers, booleans and equal strings are the same object in
     * CPython too (its cache and interning), so they count as identical.
     *
     * @param a a value
     * @param b another
     * @return whether {@code a is b}
     */
    static boolean identical(Value a, Value b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyBool x && b instanceof PyBool y) {
            return x.value() == y.value() && x.numpy() == y.numpy(); // np.True_ is not True
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return x.value() == y.value() && x.value() >= -5 && x.value() <= 256;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value().equals(y.value());
        }
        if (a instanceof PyBuiltin || a instanceof PyModule || a instanceof PyBoundMethod) {
            return a.equals(b);
        }
        return false;
    }

    /**
     * Python's {@code item in container}.
     *
     * @param machine the interpreter
     * @param container the container
     * @param item the value looked for
     * @param at where
     * @return whether it is there
     */
    static boolean contains(Interpreter machine, Value container, Value item, Span at) {
        if (container instanceof PyStr s) {
            if (!(item instanceof PyStr t)) {
                throw ProgramError.of("TypeError", "'in <string>' requires string as left operand, not "
                        + BuiltinTypes.typeOf(item).name());
            }
            return TextSearch.indexOf(s.value(), t.value()) >= 0;
        }
        if (container instanceof PyDict d) {
            return d.contains(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof PyDictView v && v.kind().equals("keys")) {
            return v.dict().contains(item);
        }
        if (container instanceof PyRange r && Numbers.isInteger(item)) {
            long v = Numbers.toLong(item);
            if (r.step() > 0 ? v < r.start() || v >= r.stop() : v > r.start() || v <= r.stop()) {
                return false;
            }
            return Math.floorMod(v - r.start(), r.step()) == 0;
        }
        if (container instanceof PyInstance) {
            Value m = Attributes.special(container, "__contains__");
            if (m != null) {
                return Truth.of(machine, machine.calls.call(m, List.of(item), Map.of(), at));
            }
        }
        if (container instanceof PyArray) {
            return Truth.of(machine, machine.recorder.apply(bpdiff.program.tape.Op.EQ, bpdiff.program.tape.OpArgs.NONE,
                    at, container, item)) || anyEqual(machine, container, item, at);
        }
        if (!Iteration.isIterable(container)) {
            throw ProgramError.of("TypeError", "argument of type '" + BuiltinTypes.typeOf(container).name()
                    + "' is not iterable");
        }
        Iterator<Value> it = Iteration.of(container, machine, at);
        while (it.hasNext()) {
            if (equal(machine, it.next(), item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyEqual(Interpreter machine, Value array, Value item, Span at) {
        for (double x : Numbers.array(array).data()) {
            if (x == Numbers.toDouble(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comparison involving an object of the program's classes: its special method, else the other
     * operand's reflected one; {@code ==} falls back to identity.
     *
     * @param machine the interpreter
     * @param op the operator
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return the result
     */
    static Value richCompare(Interpreter machine, String op, Value a, Value b, Span at) {
        Value forward = Attributes.special(a, SPECIAL.get(op));
        if (forward != null) {
            Value result = machine.calls.call(forward, List.of(b), Map.of(), at);
            if (result != PyConstant.NOT_IMPLEMENTED) {
                return result;
            }
        }
        Value reflected = Attributes.special(b, SPECIAL.get(REFLECTED.get(op)));
        if (reflected != null) {
            Value result = machine.calls.call(reflected, List.of(a), Map.of(), at);
            if (result != PyConstant.NOT_IMPLEMENTED) {
                return result;
            }
        }
        if (op.equals("!=") && Attributes.special(a, "__eq__") != null) {
            return PyBool.of(!Truth.of(machine, richCompare(machine, "==", a, b, at)));
        }
        if (op.equals("==") || op.equals("!=")) {
            return PyBool.of((a == b) == op.equals("=="));
        }
        throw notSupported(op, a, b);
    }

    private static ProgramError notSupported(String op, Value a, Value b) {
        return ProgramError.of("TypeError", "'" + op + "' not supported between instances of '"
                + BuiltinTypes.typeOf(a).name() + "' and '" + BuiltinTypes.typeOf(b).name() + "'");
    }

    /**
     * @param op an ordering operator or {@code ==}, {@code !=}
     * @param c the sign of a comparison
     * @return whether the operator holds for it
     */
    static boolean holds(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "==" -> c == 0;
            default -> c != 0;
        };
    }

    /**
     * {@code < <= > >=} of strings, lists and tuples (lexicographically) and sets (inclusion).
     *
     * @param machine the interpreter
     * @param op the operator
     * @param a the left operand
     * @param b the right operand
     * @param at where
     * @return whether it holds
     * @throws ProgramError {@code TypeError} for values Python does not order
     */
    static boolean order(Interpreter machine, String op, Value a, Value b, Span at) {
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return holds(op, Integer.signum(compareCodePoints(x.value(), y.value())));
        }
        if (a instanceof PyList && b instanceof PyList || a instanceof PyTuple && b instanceof PyTuple) {
            List<Value> x = Numbers.items(a);
            List<Value> y = Numbers.items(b);
            int n = Math.min(x.size(), y.size());
            Budget.walked(n);
            for (int k = 0; k < n; k++) {
                if (!equal(machine, x.get(k), y.get(k))) {
                    return Truth.of(machine, machine.operators.compare(op, x.get(k), y.get(k), at));
                }
            }
            return holds(op, Integer.compare(x.size(), y.size()));
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case "<=" -> Sets.subset(x, y);
                case ">=" -> Sets.subset(y, x);
                case "<" -> x.size() < y.size() && Sets.subset(x, y);
                default -> y.size() < x.size() && Sets.subset(y, x);
            };
        }
        throw notSupported(op, a, b);
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
