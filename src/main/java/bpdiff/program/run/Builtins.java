package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's built-in functions, with CPython's results and errors. Python's {@code min} and {@code max}
 * return the chosen argument itself (so {@code max(0, z)} keeps {@code z}'s tape node when {@code z} wins);
 * {@code abs} and {@code sum} of recorded floats are recorded; {@code round} gives a constant (its
 * derivative is 0, as PyTorch's). The built-in types, called, are in {@link Constructors}.
 */
final class Builtins {

    /** The built-ins of exactly one positional argument (CPython's METH_O functions). */
    private static final java.util.Set<String> ONE_ARGUMENT = java.util.Set.of("len", "abs", "repr", "ascii", "ord",
            "chr", "hex", "bin", "oct", "callable", "id", "hash");

    private final Interpreter machine;
    private final Constructors constructors;

    /**
     * @param machine the interpreter
     */
    Builtins(Interpreter machine) {
        this.machine = machine;
        this.constructors = new Constructors(machine);
    }

    /**
     * @param type a built-in type
     * @param a the call's arguments
     * @param at where
     * @return the new value
     */
    Value construct(PyClass type, Arguments a, Span at) {
        return constructors.construct(type, a, at);
    }

    /**
     * @param name the built-in's name
     * @param a its arguments
     * @param at where
     * @return its result
     */
    Value call(String name, Arguments a, Span at) {
        PyClass type = BuiltinTypes.named(name);
        if (type != null) {
            return machine.calls.call(type, a.positional(), a.keywords(), at);
        }
        if (ONE_ARGUMENT.contains(name) && (a.size() != 1 || !a.keywords().isEmpty())) {
            throw ProgramError.of("TypeError", a.keywords().isEmpty() ? name + "() takes exactly one argument ("
                    + a.size() + " given)" : name + "() takes no keyword arguments");
        }
        return switch (name) {
            case "print" -> print(a);
            case "len" -> len(machine, a.required(0, "obj"));
            case "abs" -> abs(a.required(0, "x"), at);
            case "min", "max" -> extreme(name, a, at);
            case "sum" -> sum(a, at);
            case "round" -> round(machine, a.required(0, "number"), a.get(1, "ndigits"), at);
            case "repr" -> new PyStr(Formatting.repr(machine, a.required(0, "obj")));
            case "ascii" -> new PyStr(Formatting.ascii(Formatting.repr(machine, a.required(0, "obj"))));
            case "format" -> new PyStr(Formatting.format(machine, a.required(0, "value"),
                    a.get(1, "format_spec") == null ? "" : Formatting.str(a.get(1, "format_spec"))));
            case "enumerate" -> enumerate(a, at);
            case "zip" -> zip(a, at);
            case "map" -> map(a, at);
            case "filter" -> filter(a, at);
            case "reversed" -> reversed(a.required(0, "sequence"), at);
            case "sorted" -> sorted(a, at);
            case "any", "all" -> anyAll(name.equals("all"), a.required(0, "iterable"), at);
            case "pow" -> pow(a, at);
            case "divmod" -> divmod(a.required(0, "x"), a.required(1, "y"), at);
            case "exit", "quit" -> throw SystemModule.exit(machine, a, true);
            default -> Reflection.call(machine, name, a, at);
        };
    }

    private Value print(Arguments a) {
        Value file = a.keywords().get("file");
        if (file != null && file != PyNone.NONE && !SystemModule.isStream(file)) {
            throw new ProgramError("print(file=…) is not supported: bpdiff runs the program without files (sys.stdout "
                    + "and sys.stderr aside)");
        }
        a.check(Integer.MAX_VALUE, "sep", "end", "file", "flush");
        String sep = Arguments.string(a.keywords().get("sep"), " ", "sep must be None or a string");
        String end = Arguments.string(a.keywords().get("end"), "\n", "end must be None or a string");
        if (!machine.printing()) {
            // the text goes nowhere: only a __str__ or __repr__ of the program's own runs, for what it raises
            for (Value v : a.positional()) {
                if (ProgramObjects.reached(v)) {
                    Formatting.str(machine, v);
                }
            }
            return PyNone.NONE;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < a.size(); k++) {
            if (k > 0) {
                out.append(sep);
            }
            out.append(Formatting.str(machine, a.positional().get(k)));
            machine.recorder.checkSize(out.length());
        }
        String text = Formatting.charged(machine, out.append(end).toString());
        if (!SystemModule.isStandardError(file)) {
            machine.write(text);
        }
        return PyNone.NONE;
    }

    /**
     * {@code len(v)}.
     *
     * @param machine the interpreter
     * @param v a value
     * @return its length
     */
    static Value len(Interpreter machine, Value v) {
        if (v instanceof PyTensor t) {
            return new PyInt(TensorMethods.length(t.value()));
        }
        if (v instanceof PyArray a) {
            if (a.value().ndim() == 0) {
                throw ProgramError.of("TypeError", "len() of unsized object");
            }
            return new PyInt(a.value().dim(0));
        }
        if (v instanceof PyStr s) {
            return new PyInt(s.value().codePointCount(0, s.value().length()));
        }
        if (v instanceof PyRange r) {
            return new PyInt(r.length());
        }
        if (v instanceof PyList || v instanceof PyTuple) {
            return new PyInt(Numbers.items(v).size());
        }
        if (v instanceof PyDict d) {
            return new PyInt(d.size());
        }
        if (v instanceof PyDictView d) {
            return new PyInt(d.dict().size());
        }
        if (v instanceof PySet s) {
            return new PyInt(s.size());
        }
        if (v instanceof PyIgnoredGrid g) {
            return new PyInt(g.twoDimensional() ? g.rows() : g.rows() * g.columns());
        }
        Value special = Attributes.special(v, "__len__");
        if (special != null) {
            Value n = machine.calls.call(special, List.of(), Map.of(), null);
            if (!Numbers.isInteger(n)) {
                throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(n).name()
                        + "' object cannot be interpreted as an integer");
            }
            if (Numbers.toLong(n) < 0) {
                throw ProgramError.of("ValueError", "__len__() should return >= 0");
            }
            return n;
        }
        throw ProgramError.of("TypeError", "object of type '" + BuiltinTypes.typeOf(v).name() + "' has no len()");
    }

    private Value abs(Value v, Span at) {
        if (Numbers.isInteger(v)) {
            return PyBigInt.of(Numbers.big(v).abs());
        }
        Value special = Attributes.special(v, "__abs__");
        if (special != null) {
            return machine.calls.call(special, List.of(), Map.of(), at);
        }
        if (!Numbers.isNumeric(v)) {
            throw ProgramError.of("TypeError", "bad operand type for abs(): '" + BuiltinTypes.typeOf(v).name() + "'");
        }
        return machine.recorder.apply(Op.ABS, OpArgs.NONE, at, v);
    }

    /**
     * Python's min and max return one of their arguments: the derivative follows the one chosen. {@code max(0, z)} of
     * two numbers choosing a recorded float is recorded as {@code np.maximum} of both (the same value), so that the
     * check sees the ReLU a homework writes with the built-in ({@code f(x) = max(0, x)}), as it sees
     * {@code np.maximum(0, z)}; where the constant is chosen the result is that constant, as in Python.
     */
    private Value extreme(String name, Arguments a, Span at) {
        a.check(Integer.MAX_VALUE, "key", "default");
        Value key = a.keywords().get("key");
        Value fallback = a.keywords().get("default");
        if (a.size() == 0) {
            throw ProgramError.of("TypeError", name + " expected at least 1 argument, got 0");
        }
        if (a.size() > 1 && fallback != null) {
            throw ProgramError.of("TypeError", "Cannot specify a default for " + name + "() with multiple positional "
                    + "arguments");
        }
        Iterator<Value> items = a.size() == 1 ? Iteration.of(a.positional().get(0), machine, at)
                : a.positional().iterator();
        if (a.size() == 1 && !Iteration.isIterable(a.positional().get(0))) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(a.positional().get(0)).name()
                    + "' object is not iterable");
        }
        if (!items.hasNext()) {
            if (fallback != null) {
                return fallback;
            }
            throw ProgramError.of("ValueError", name + "() arg is an empty sequence");
        }
        Value best = items.next();
        Value bestKey = key == null || key == PyNone.NONE ? best : machine.calls.call(key, List.of(best), Map.of(), at);
        String op = name.equals("max") ? ">" : "<";
        while (items.hasNext()) {
            Value v = items.next();
            Value k = key == null || key == PyNone.NONE ? v : machine.calls.call(key, List.of(v), Map.of(), at);
            if (Truth.of(machine, machine.operators.compare(op, k, bestKey, at))) {
                best = v;
                bestKey = k;
            }
        }
        return a.size() == 2 && key == null ? recorded(name, best, a.positional().get(0), a.positional().get(1), at)
                : best;
    }

    /** {@code max(x, y)} or {@code min(x, y)} of numbers whose chosen one is a recorded float, as a recorded op. */
    private Value recorded(String name, Value best, Value x, Value y, Span at) {
        if (!(best instanceof PyFloat f) || f.node() == Value.NO_NODE || !Numbers.isNumeric(x) || !Numbers.isNumeric(y)
                || x instanceof PyArray || y instanceof PyArray) {
            return best;
        }
        Value op = machine.recorder.apply(name.equals("max") ? Op.MAXIMUM : Op.MINIMUM, OpArgs.NONE, at, x, y);
        return op instanceof PyFloat r && Double.doubleToRawLongBits(r.value()) == Double.doubleToRawLongBits(f.value())
                ? r : best;
    }

    private Value sum(Arguments a, Span at) {
        a.check(2, "start");
        Value total = a.get(1, "start") == null ? new PyInt(0) : a.get(1, "start");
        if (total instanceof PyStr) {
            throw ProgramError.of("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
        }
        Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
        while (items.hasNext()) {
            total = machine.operators.binary(BinaryOperator.ADD, total, items.next(), at);
        }
        return total;
    }

    /**
     * Python's {@code round} without an interpreter (numpy's {@code np.round} of numbers and arrays).
     *
     * @param v a number or array
     * @param digits the digits, or {@code null} / {@code None}
     * @return the rounded value
     */
    static Value round(Value v, Value digits) {
        return round(null, v, digits, null);
    }

    /**
     * Python's {@code round}: halves to even, on the exact binary value; with digits a float, without an int.
     * Rounding is not differentiated.
     */
    private static Value round(Interpreter machine, Value v, Value digits, Span at) {
        boolean none = digits == null || digits == PyNone.NONE;
        if (Numbers.isInteger(v)) {
            if (none || Numbers.toLong(digits) >= 0) {
                return v instanceof PyBool b ? new PyInt(b.value() ? 1 : 0) : v;
            }
            BigInteger unit = BigInteger.TEN.pow((int) Math.min(400, -Numbers.toLong(digits)));
            return PyBigInt.of(new BigDecimal(Numbers.big(v)).divide(new BigDecimal(unit))
                    .setScale(0, RoundingMode.HALF_EVEN).toBigInteger().multiply(unit));
        }
        if (machine != null && v instanceof PyInstance) {
            Value special = Attributes.special(v, "__round__");
            if (special != null) {
                return machine.calls.call(special, none ? List.of() : List.of(digits), Map.of(), at);
            }
        }
        if (!Numbers.isNumeric(v)) {
            throw ProgramError.of("TypeError", "type " + BuiltinTypes.typeOf(v).name()
                    + " doesn't define __round__ method");
        }
        int n = none ? 0 : (int) Math.max(-400, Math.min(400, Numbers.toLong(digits)));
        if (v instanceof PyTensor t) {
            return new PyTensor(bpdiff.program.array.Elementwise.unary(t.value(), x -> Math.rint(x * Math.pow(10, n))
                    / Math.pow(10, n)).withDType(t.value().dtype()), Value.NO_NODE, false, null);
        }
        if (v instanceof PyArray a) {
            return new PyArray(bpdiff.program.array.Elementwise.unary(a.value(), x -> roundDouble(x, n)), Value.NO_NODE);
        }
        double x = Numbers.toDouble(v);
        if (none) {
            if (Double.isNaN(x)) {
                throw ProgramError.of("ValueError", "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(x)) {
                throw ProgramError.of("OverflowError", "cannot convert float infinity to integer");
            }
            return PyBigInt.of(new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        return PyFloat.of(roundDouble(x, n));
    }

    private static double roundDouble(double x, int digits) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        double r = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    private Value enumerate(Arguments a, Span at) {
        a.check(2, "iterable", "start");
        Value start = a.get(1, "start");
        long first = start == null ? 0 : Numbers.toLong(start);
        Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
        return new PyIterator(new Iterator<>() {
            private long k = first;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Value next() {
                return new PyTuple(List.of(new PyInt(k++), items.next()));
            }
        }, "enumerate");
    }

    private Value zip(Arguments a, Span at) {
        a.check(Integer.MAX_VALUE, "strict");
        boolean strict = a.keywords().get("strict") != null && Truth.of(machine, a.keywords().get("strict"));
        List<Iterator<Value>> iterators = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            Value v = a.positional().get(k);
            if (!Iteration.isIterable(v)) {
                throw ProgramError.of("TypeError", "zip argument #" + (k + 1) + " must support iteration");
            }
            iterators.add(Iteration.of(v, machine, at));
        }
        return new PyIterator(new Iterator<>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    int done = 0;
                    for (Iterator<Value> it : iterators) {
                        if (!it.hasNext()) {
                            done++;
                        }
                    }
                    if (strict && done > 0 && done < iterators.size()) {
                        throw ProgramError.of("ValueError", "zip() argument " + (firstDone() + 1) + " is shorter than "
                                + "argument" + (firstDone() == 1 ? " 1" : "s 1-" + firstDone()));
                    }
                    ready = !iterators.isEmpty() && done == 0;
                }
                return ready;
            }

            private int firstDone() {
                for (int k = 0; k < iterators.size(); k++) {
                    if (!iterators.get(k).hasNext()) {
                        return k + 1;
                    }
                }
                return 0;
            }

            @Override
            public Value next() {
                hasNext();
                ready = null;
                List<Value> tuple = new ArrayList<>(iterators.size());
                iterators.forEach(it -> tuple.add(it.next()));
                return new PyTuple(tuple);
            }
        }, "zip");
    }

    private Value map(Arguments a, Span at) {
        if (a.size() < 2) {
            throw ProgramError.of("TypeError", "map() must have at least two arguments.");
        }
        Value f = a.positional().get(0);
        List<Iterator<Value>> iterators = new ArrayList<>();
        for (Value v : a.positional().subList(1, a.size())) {
            iterators.add(Iteration.of(v, machine, at));
        }
        return new PyIterator(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterators.stream().allMatch(Iterator::hasNext);
            }

            @Override
            public Value next() {
                List<Value> args = new ArrayList<>();
                iterators.forEach(it -> args.add(it.next()));
                return machine.calls.call(f, args, Map.of(), at);
            }
        }, "map");
    }

    private Value filter(Arguments a, Span at) {
        Value f = a.required(0, "function");
        Iterator<Value> items = Iteration.of(a.required(1, "iterable"), machine, at);
        return new PyIterator(new Iterator<>() {
            private Value pending;

            @Override
            public boolean hasNext() {
                while (pending == null && items.hasNext()) {
                    Value v = items.next();
                    Value keep = f == PyNone.NONE ? v : machine.calls.call(f, List.of(v), Map.of(), at);
                    if (Truth.of(machine, keep)) {
                        pending = v;
                    }
                }
                return pending != null;
            }

            @Override
            public Value next() {
                hasNext();
                Value v = pending;
                pending = null;
                return v;
            }
        }, "filter");
    }

    private Value reversed(Value v, Span at) {
        Value special = Attributes.special(v, "__reversed__");
        if (special != null) {
            return machine.calls.call(special, List.of(), Map.of(), at);
        }
        if (v instanceof PySet || v instanceof PyIterator || !Iteration.isIterable(v) && !(v instanceof PyInstance)) {
            throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(v).name() + "' object is not reversible");
        }
        List<Value> items = new ArrayList<>(Iteration.list(v, machine, at));
        java.util.Collections.reverse(items);
        String type = v instanceof PyRange ? "range_iterator" : v instanceof PyDict ? "dict_reversekeyiterator"
                : v instanceof PyTuple ? "reversed" : "list_reverseiterator";
        return new PyIterator(items.iterator(), type);
    }

    private Value sorted(Arguments a, Span at) {
        if (a.size() != 1) {
            throw ProgramError.of("TypeError", "sorted expected 1 argument, got " + a.size());
        }
        a.check(1, "key", "reverse");
        return PyList.of(ListMethods.sorted(machine, Iteration.list(a.positional().get(0), machine, at),
                a.keywords().get("key"), a.keywords().get("reverse"), at));
    }

    private Value anyAll(boolean all, Value iterable, Span at) {
        Iterator<Value> items = Iteration.of(iterable, machine, at);
        while (items.hasNext()) {
            if (Truth.of(machine, items.next()) != all) {
                return PyBool.of(!all);
            }
        }
        return PyBool.of(all);
    }

    private Value pow(Arguments a, Span at) {
        Value base = a.required(0, "base");
        Value exp = a.required(1, "exp");
        Value mod = a.get(2, "mod");
        if (mod == null || mod == PyNone.NONE) {
            return machine.operators.binary(BinaryOperator.POWER, base, exp, at);
        }
        if (!Numbers.isInteger(base) || !Numbers.isInteger(exp) || !Numbers.isInteger(mod)) {
            throw ProgramError.of("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger m = Numbers.big(mod);
        if (m.signum() == 0) {
            throw ProgramError.of("ValueError", "pow() 3rd argument cannot be 0");
        }
        BigInteger e = Numbers.big(exp);
        BigInteger b = Numbers.big(base);
        try {
            BigInteger r = b.modPow(e, m.abs());
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return PyBigInt.of(r);
        } catch (ArithmeticException ex) {
            throw ProgramError.of("ValueError", "base is not invertible for the given modulus");
        }
    }

    private Value divmod(Value x, Value y, Span at) {
        if (Numbers.isInteger(x) && Numbers.isInteger(y)) {
            if (Numbers.big(y).signum() == 0) {
                throw ProgramError.of("ZeroDivisionError", "integer division or modulo by zero");
            }
            BigInteger[] qr = Integers.floorDivMod(Numbers.big(x), Numbers.big(y));
            return new PyTuple(List.of(PyBigInt.of(qr[0]), PyBigInt.of(qr[1])));
        }
        if (x instanceof PyInstance || y instanceof PyInstance || !Numbers.isNumeric(x) || !Numbers.isNumeric(y)) {
            throw ProgramError.of("TypeError", "unsupported operand type(s) for divmod(): '"
                    + BuiltinTypes.typeOf(x).name() + "' and '" + BuiltinTypes.typeOf(y).name() + "'");
        }
        double b = Numbers.toDouble(y);
        if (b == 0) {
            throw ProgramError.of("ZeroDivisionError", "float divmod()");
        }
        double[] qr = Operators.divmod(Numbers.toDouble(x), b);
        return new PyTuple(List.of(PyFloat.of(qr[0]), PyFloat.of(qr[1])));
    }
}
