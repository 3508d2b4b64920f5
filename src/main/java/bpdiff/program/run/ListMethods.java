package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The methods of Python's {@code list}, with CPython's results and errors. */
final class ListMethods {

    /** The method names. */
    static final Set<String> NAMES = Set.of("append", "extend", "insert", "pop", "remove", "index", "count", "sort",
            "reverse", "copy", "clear");

    private ListMethods() {}

    /**
     * @param machine the interpreter
     * @param list the list
     * @param name the method
     * @param a its arguments
     * @param at where
     * @return the result
     */
    static Value call(Interpreter machine, PyList list, String name, Arguments a, Span at) {
        List<Value> items = list.items();
        switch (name) {
            case "append":
                machine.recorder.checkSize(items.size() + 1L);
                machine.budget.elements(1);
                items.add(a.required(0, "object"));
                return PyNone.NONE;
            case "extend": {
                List<Value> more = Iteration.list(a.required(0, "iterable"), machine, at);
                machine.recorder.checkSize((long) items.size() + more.size());
                items.addAll(more);
                return PyNone.NONE;
            }
            case "insert": {
                long i = Numbers.toLong(a.required(0, "index"));
                int p = (int) Math.max(0, Math.min(items.size(), i < 0 ? i + items.size() : i));
                machine.recorder.checkSize(items.size() + 1L);
                machine.budget.elements(1);
                items.add(p, a.required(1, "object"));
                return PyNone.NONE;
            }
            case "pop": {
                if (items.isEmpty()) {
                    throw ProgramError.of("IndexError", "pop from empty list");
                }
                long k = a.size() == 0 ? items.size() - 1 : Numbers.toLong(a.required(0, "index"));
                long p = k < 0 ? k + items.size() : k;
                if (p < 0 || p >= items.size()) {
                    throw ProgramError.of("IndexError", "pop index out of range");
                }
                return items.remove((int) p);
            }
            case "remove": {
                Value x = a.required(0, "value");
                for (int k = 0; k < items.size(); k++) {
                    if (Equality.equal(machine, items.get(k), x)) {
                        items.remove(k);
                        return PyNone.NONE;
                    }
                }
                throw ProgramError.of("ValueError", "list.remove(x): x not in list");
            }
            case "index":
                return index(machine, items, a, "list");
            case "count":
                return count(machine, items, a.required(0, "value"));
            case "sort":
                if (a.size() > 0) {
                    throw ProgramError.of("TypeError", "sort() takes no positional arguments");
                }
                a.check(0, "key", "reverse");
                List<Value> sorted = sorted(machine, items, a.keywords().get("key"), a.keywords().get("reverse"), at);
                items.clear();
                items.addAll(sorted);
                return PyNone.NONE;
            case "reverse":
                Collections.reverse(items);
                return PyNone.NONE;
            case "copy":
                machine.budget.elements(items.size());
                return PyList.of(items);
            default:
                items.clear();
                return PyNone.NONE;
        }
    }

    /**
     * {@code seq.index(x[, start[, stop]])}.
     *
     * @param machine the interpreter
     * @param items the sequence's items
     * @param a the arguments
     * @param type {@code list} or {@code tuple}, for the message
     * @return the first position of {@code x}
     */
    static Value index(Interpreter machine, List<Value> items, Arguments a, String type) {
        Value x = a.required(0, "value");
        int n = items.size();
        long start = a.size() > 1 ? clamp(Numbers.toLong(a.required(1, "start")), n) : 0;
        long stop = a.size() > 2 ? clamp(Numbers.toLong(a.required(2, "stop")), n) : n;
        for (long k = start; k < stop; k++) {
            if (Equality.equal(machine, items.get((int) k), x)) {
                return new PyInt(k);
            }
        }
        throw ProgramError.of("ValueError", type.equals("list") ? Formatting.repr(machine, x) + " is not in list"
                : "tuple.index(x): x not in tuple");
    }

    private static long clamp(long k, int n) {
        long p = k < 0 ? k + n : k;
        return Math.max(0, Math.min(n, p));
    }

    /**
     * @param machine the interpreter
     * @param items the items
     * @param x a value
     * @return how many items equal it
     */
    static Value count(Interpreter machine, List<Value> items, Value x) {
        long n = 0;
        for (Value v : items) {
            if (Equality.equal(machine, v, x)) {
                n++;
            }
        }
        return new PyInt(n);
    }

    /**
     * Python's sort: stable, comparing with {@code <} only (a merge sort, so the result is CPython's for any
     * consistent order).
     *
     * @param machine the interpreter
     * @param items the items
     * @param key the key function, or {@code null} / {@code None}
     * @param reverse whether to sort descending (stable too), or {@code null}
     * @param at where
     * @return the sorted items
     */
    static List<Value> sorted(Interpreter machine, List<Value> items, Value key, Value reverse, Span at) {
        boolean descending = reverse != null && Truth.of(machine, reverse);
        List<Value[]> pairs = new ArrayList<>(items.size());
        for (Value v : items) {
            Value k = key == null || key == PyNone.NONE ? v : machine.calls.call(key, List.of(v), Map.of(), at);
            pairs.add(new Value[] {k, v});
        }
        if (descending) {
            Collections.reverse(pairs);
        }
        List<Value[]> result = numbers(pairs) ? numberSort(pairs) : mergeSort(machine, pairs, at);
        if (descending) {
            Collections.reverse(result);
        }
        List<Value> out = new ArrayList<>(result.size());
        result.forEach(p -> out.add(p[1]));
        return out;
    }

    /**
     * Whether every key is an int, or every key a float that is not NaN and not recorded for differentiation (a
     * recorded float's {@code <} is recorded too): keys whose {@code <} Java can compare.
     */
    private static boolean numbers(List<Value[]> pairs) {
        boolean ints = true;
        boolean floats = true;
        for (Value[] p : pairs) {
            ints &= p[0] instanceof PyInt;
            floats &= p[0] instanceof PyFloat f && !Double.isNaN(f.value()) && f.node() == Value.NO_NODE;
            if (!ints && !floats) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stable sort of keys that are all ints or all floats other than NaN, by Java's own sort: the same order as
     * {@link #mergeSort} (a stable sort's result is one for a consistent order), without a call of the program's
     * {@code <} per comparison. {@code -0.0} and {@code 0.0} are equal, as in Python.
     */
    private static List<Value[]> numberSort(List<Value[]> pairs) {
        List<Value[]> out = new ArrayList<>(pairs);
        out.sort((a, b) -> a[0] instanceof PyInt x ? Long.compare(x.value(), ((PyInt) b[0]).value())
                : Double.compare(((PyFloat) a[0]).value() + 0.0, ((PyFloat) b[0]).value() + 0.0));
        return out;
    }

    private static List<Value[]> mergeSort(Interpreter machine, List<Value[]> items, Span at) {
        if (items.size() <= 1) {
            return items;
        }
        int mid = items.size() / 2;
        List<Value[]> left = mergeSort(machine, items.subList(0, mid), at);
        List<Value[]> right = mergeSort(machine, items.subList(mid, items.size()), at);
        List<Value[]> out = new ArrayList<>(items.size());
        int i = 0;
        int j = 0;
        while (i < left.size() && j < right.size()) {
            if (Truth.of(machine, machine.operators.compare("<", right.get(j)[0], left.get(i)[0], at))) {
                out.add(right.get(j++));
            } else {
                out.add(left.get(i++));
            }
        }
        out.addAll(left.subList(i, left.size()));
        out.addAll(right.subList(j, right.size()));
        return out;
    }
}
