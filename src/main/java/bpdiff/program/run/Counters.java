package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code collections.Counter}: a dict of counts, a missing key counting 0 (not stored), shown as
 * {@code Counter({k: n, …})} from the largest count down; {@code update} and {@code subtract} add and take away
 * counts, {@code most_common}, {@code elements}, {@code total}, and {@code +} / {@code -} keeping the positive
 * counts, as CPython 3.11's.
 */
final class Counters {

    /** The methods a Counter has beyond a dict's. */
    static final Set<String> METHODS = Set.of("most_common", "elements", "total", "subtract", "update");

    private Counters() {}

    /**
     * {@code Counter(iterable_or_mapping, **counts)}.
     *
     * @param machine the interpreter
     * @param a the arguments
     * @param at where
     * @return the counter
     */
    static PyDict make(Interpreter machine, Arguments a, Span at) {
        positional(a);
        PyDict c = new PyDict().asCounter();
        add(machine, c, a.get(0, "iterable"), a.keywords(), 1, at);
        return c;
    }

    /** At most one positional argument; every keyword is a count ({@code Counter(a=3)}). */
    private static void positional(Arguments a) {
        if (a.size() > 1) {
            throw ProgramError.of("TypeError", "expected at most 1 arguments, got " + a.size());
        }
    }

    private static void add(Interpreter machine, PyDict c, Value source, Map<String, Value> keywords, int sign,
            Span at) {
        if (source instanceof PyDict d) {
            for (Map.Entry<HashKey, Value> e : new ArrayList<>(entries(d))) {
                bump(machine, c, e.getKey().value(), e.getValue(), sign, at);
            }
        } else if (source != null && source != PyNone.NONE) {
            for (Value x : Iteration.list(source, machine, at)) {
                bump(machine, c, x, new PyInt(1), sign, at);
            }
        }
        keywords.forEach((k, v) -> bump(machine, c, new PyStr(k), v, sign, at));
    }

    private static void bump(Interpreter machine, PyDict c, Value key, Value by, int sign, Span at) {
        Value old = c.get(key);
        machine.budget.entries(old == null ? 1 : 0);
        c.put(key, machine.operators.binary(sign > 0 ? BinaryOperator.ADD : BinaryOperator.SUBTRACT,
                old == null ? new PyInt(0) : old, by, at));
    }

    private static List<Map.Entry<HashKey, Value>> entries(PyDict d) {
        List<Map.Entry<HashKey, Value>> out = new ArrayList<>();
        d.entries().forEach(out::add);
        return out;
    }

    /**
     * @param machine the interpreter
     * @param c the counter
     * @return its entries from the largest count down, equal counts in insertion order ({@code most_common()})
     */
    static List<Map.Entry<HashKey, Value>> ordered(Interpreter machine, PyDict c) {
        List<Map.Entry<HashKey, Value>> out = entries(c);
        out.sort((x, y) -> Truth.of(machine, machine.operators.compare("<", x.getValue(), y.getValue(), null)) ? 1
                : Truth.of(machine, machine.operators.compare("<", y.getValue(), x.getValue(), null)) ? -1 : 0);
        return out;
    }

    /**
     * A Counter's own method.
     *
     * @param machine the interpreter
     * @param c the counter
     * @param name the method
     * @param a its arguments
     * @param at where
     * @return its result
     */
    static Value method(Interpreter machine, PyDict c, String name, Arguments a, Span at) {
        switch (name) {
            case "most_common": {
                a.check(1, "n");
                Value n = a.get(0, "n");
                List<Map.Entry<HashKey, Value>> all = ordered(machine, c);
                int k = n == null || n == PyNone.NONE ? all.size()
                        : (int) Math.max(0, Math.min(all.size(), Numbers.toLong(n)));
                List<Value> pairs = new ArrayList<>();
                for (Map.Entry<HashKey, Value> e : all.subList(0, k)) {
                    pairs.add(new PyTuple(List.of(e.getKey().value(), e.getValue())));
                }
                return PyList.of(pairs);
            }
            case "elements": {
                List<Value> items = new ArrayList<>();
                for (Map.Entry<HashKey, Value> e : entries(c)) {
                    long times = Numbers.toLong(e.getValue());
                    machine.budget.elements(Math.max(0, times));
                    for (long t = 0; t < times; t++) {
                        items.add(e.getKey().value());
                    }
                }
                return new PyIterator(items.iterator(), "itertools.chain");
            }
            case "total": {
                Value sum = new PyInt(0);
                for (Map.Entry<HashKey, Value> e : entries(c)) {
                    sum = machine.operators.binary(BinaryOperator.ADD, sum, e.getValue(), at);
                }
                return sum;
            }
            default:
                positional(a);
                add(machine, c, a.get(0, "iterable"), a.keywords(), name.equals("update") ? 1 : -1, at);
                return PyNone.NONE;
        }
    }

    /**
     * {@code c + d} and {@code c - d} of two counters: the counts added or taken away, only the positive kept.
     *
     * @param machine the interpreter
     * @param op the operator
     * @param a a counter
     * @param b another
     * @param at where
     * @return the new counter, or {@code null} for another operator
     */
    static Value binary(Interpreter machine, BinaryOperator op, PyDict a, PyDict b, Span at) {
        if (op != BinaryOperator.ADD && op != BinaryOperator.SUBTRACT) {
            return null;
        }
        PyDict sum = new PyDict().asCounter();
        for (Map.Entry<HashKey, Value> e : entries(a)) {
            Value other = b.get(e.getKey().value());
            Value v = other == null ? e.getValue() : machine.operators.binary(op, e.getValue(), other, at);
            keepPositive(machine, sum, e.getKey().value(), v, at);
        }
        for (Map.Entry<HashKey, Value> e : entries(b)) {
            if (a.get(e.getKey().value()) == null) {
                Value v = op == BinaryOperator.ADD ? e.getValue()
                        : machine.operators.binary(BinaryOperator.SUBTRACT, new PyInt(0), e.getValue(), at);
                keepPositive(machine, sum, e.getKey().value(), v, at);
            }
        }
        return sum;
    }

    private static void keepPositive(Interpreter machine, PyDict d, Value key, Value v, Span at) {
        if (Truth.of(machine, machine.operators.compare(">", v, new PyInt(0), at))) {
            d.put(key, v);
        }
    }
}
