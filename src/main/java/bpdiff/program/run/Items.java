package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code x[key]}, {@code x[key] = v} and {@code del x[key]} for everything but arrays: items and slices of
 * lists, tuples, strings and ranges, dict entries, objects with {@code __getitem__}/{@code __setitem__}/
 * {@code __delitem__}, with CPython's errors.
 */
final class Items {

    private Items() {}

    /**
     * @param machine the interpreter
     * @param container the indexed value
     * @param key the index, a {@link PySlice}, or a tuple for {@code x[a, b]}
     * @param at where
     * @return {@code container[key]}
     */
    static Value get(Interpreter machine, Value container, Value key, Span at) {
        if (container instanceof PyDict d) {
            Value v = d.get(key);
            if (v == null && d.defaultFactory() != null && d.defaultFactory() != PyNone.NONE) {
                // defaultdict.__missing__: the factory's value, stored under the key
                v = machine.calls.call(d.defaultFactory(), java.util.List.of(), java.util.Map.of(), at);
                d.put(key, v);
            }
            if (v == null && d.counter()) {
                HashKey.of(key);
                return new PyInt(0); // Counter.__missing__: 0, not stored
            }
            if (v == null) {
                throw ProgramError.keyError(key);
            }
            Value held = machine.recorder.held(v, at);
            if (held != v) {
                d.put(key, held);
            }
            return held;
        }
        if (container instanceof PyInstance) {
            Value special = Attributes.special(container, "__getitem__");
            if (special != null) {
                return machine.calls.call(special, List.of(key), Map.of(), at);
            }
        }
        if (container == PyIgnored.IGNORED || container instanceof PyModule m && m.name().startsWith("matplotlib")) {
            return PyIgnored.IGNORED;
        }
        if (container instanceof PyIgnoredGrid g) {
            return g.twoDimensional() && !(key instanceof PyTuple) ? new PyIgnoredGrid(1, g.columns(), false)
                    : PyIgnored.IGNORED;
        }
        if (container instanceof PyStr s) {
            if (key instanceof PySlice slice) {
                String text = s.value();
                int[] cps = text.codePoints().toArray();
                StringBuilder out = new StringBuilder();
                for (int k : positions(slice, cps.length)) {
                    out.appendCodePoint(cps[k]);
                }
                return new PyStr(out.toString());
            }
            if (!Numbers.isInteger(key)) {
                throw ProgramError.of("TypeError", "string indices must be integers, not '"
                        + BuiltinTypes.typeOf(key).name() + "'");
            }
            int n = s.value().codePointCount(0, s.value().length());
            int k = position(key, n, "string index out of range");
            int offset = s.value().offsetByCodePoints(0, k);
            return new PyStr(new String(Character.toChars(s.value().codePointAt(offset))));
        }
        if (container instanceof PyList || container instanceof PyTuple) {
            List<Value> items = Numbers.items(container);
            String type = container instanceof PyList ? "list" : "tuple";
            if (key instanceof PySlice slice) {
                List<Value> part = new ArrayList<>();
                for (int k : positions(slice, items.size())) {
                    part.add(items.get(k));
                }
                return container instanceof PyTuple ? new PyTuple(part) : PyList.of(part);
            }
            checkInteger(key, type);
            int k = position(key, items.size(), type + " index out of range");
            return container instanceof PyList l ? machine.recorder.held(l.items(), k, at) : items.get(k);
        }
        if (container instanceof PyRange r) {
            if (key instanceof PySlice slice) {
                long[] s = indices(slice, r.length());
                return new PyRange(r.start() + s[0] * r.step(), r.start() + s[1] * r.step(), r.step() * s[2]);
            }
            checkInteger(key, "range");
            long k = Numbers.toLong(key);
            long p = k < 0 ? k + r.length() : k;
            if (p < 0 || p >= r.length()) {
                throw ProgramError.of("IndexError", "range object index out of range");
            }
            return new PyInt(r.at(p));
        }
        throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(container).name() + "' object is not subscriptable");
    }

    private static void checkInteger(Value key, String type) {
        if (!Numbers.isInteger(key)) {
            throw ProgramError.of("TypeError", type + " indices must be integers or slices, not "
                    + BuiltinTypes.typeOf(key).name());
        }
    }

    /**
     * {@code container[key] = value}.
     *
     * @param machine the interpreter
     * @param container the indexed value
     * @param key the index
     * @param value the value
     * @param at where
     */
    static void set(Interpreter machine, Value container, Value key, Value value, Span at) {
        if (container instanceof PyDict d) {
            int before = d.size();
            d.put(key, value);
            if (d.size() > before) {
                machine.recorder.checkSize(d.size());
                machine.budget.entries(1);
            }
            return;
        }
        if (container instanceof PyList l) {
            if (key instanceof PySlice slice) {
                assignSlice(machine, l, slice, value, at);
                return;
            }
            checkInteger(key, "list");
            l.items().set(position(key, l.items().size(), "list assignment index out of range"), value);
            return;
        }
        if (container instanceof PyInstance) {
            Value special = Attributes.special(container, "__setitem__");
            if (special != null) {
                machine.calls.call(special, List.of(key, value), Map.of(), at);
                return;
            }
        }
        if (container == PyIgnored.IGNORED || container instanceof PyIgnoredGrid
                || container instanceof PyModule m && m.name().startsWith("matplotlib")) {
            return;
        }
        throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(container).name()
                + "' object does not support item assignment");
    }

    private static void assignSlice(Interpreter machine, PyList l, PySlice slice, Value value, Span at) {
        List<Value> items = l.items();
        List<Value> replacement;
        if (!Iteration.isIterable(value)) {
            throw ProgramError.of("TypeError", "can only assign an iterable");
        }
        replacement = new ArrayList<>(Iteration.list(value, machine, at));
        long step = slice.step() == null ? 1 : slice.step();
        int[] p = positions(slice, items.size());
        if (step == 1) {
            int n = items.size();
            long s = slice.start() == null ? 0 : slice.start() < 0 ? Math.max(0, slice.start() + n)
                    : Math.min(slice.start(), n);
            int start = (int) s;
            int count = p.length;
            machine.recorder.checkSize((long) items.size() - count + replacement.size());
            for (int k = 0; k < count; k++) {
                items.remove(start);
            }
            items.addAll(start, replacement);
            return;
        }
        if (replacement.size() != p.length) {
            throw ProgramError.of("ValueError", "attempt to assign sequence of size " + replacement.size()
                    + " to extended slice of size " + p.length);
        }
        for (int k = 0; k < p.length; k++) {
            items.set(p[k], replacement.get(k));
        }
    }

    /**
     * {@code del container[key]}.
     *
     * @param machine the interpreter
     * @param container the indexed value
     * @param key the index
     * @param at where
     */
    static void delete(Interpreter machine, Value container, Value key, Span at) {
        if (container instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw ProgramError.keyError(key);
            }
            return;
        }
        if (container instanceof PyList l) {
            if (key instanceof PySlice slice) {
                int[] p = positions(slice, l.items().size());
                java.util.Arrays.sort(p);
                for (int k = p.length - 1; k >= 0; k--) {
                    l.items().remove(p[k]);
                }
                return;
            }
            checkInteger(key, "list");
            l.items().remove(position(key, l.items().size(), "list assignment index out of range"));
            return;
        }
        if (container instanceof PyInstance) {
            Value special = Attributes.special(container, "__delitem__");
            if (special != null) {
                machine.calls.call(special, List.of(key), Map.of(), at);
                return;
            }
        }
        throw ProgramError.of("TypeError", "'" + BuiltinTypes.typeOf(container).name()
                + "' object doesn't support item deletion");
    }

    /**
     * The positions a slice selects in a sequence, as Python's {@code slice.indices} computes them.
     *
     * @param slice the slice
     * @param n the sequence's length
     * @return the positions, in order
     */
    static int[] positions(PySlice slice, int n) {
        long[] s = indices(slice, n);
        int[] out = new int[(int) s[3]];
        for (int k = 0; k < out.length; k++) {
            out[k] = (int) (s[0] + k * s[2]);
        }
        return out;
    }

    /** {@code slice.indices(n)} and the count: start, stop, step, count. */
    private static long[] indices(PySlice slice, long n) {
        long step = slice.step() == null ? 1 : slice.step();
        if (step == 0) {
            throw ProgramError.of("ValueError", "slice step cannot be zero");
        }
        long lower = step > 0 ? 0 : -1;
        long upper = step > 0 ? n : n - 1;
        long start = slice.start() == null ? (step > 0 ? lower : upper) : clamp(slice.start(), n, lower, upper);
        long stop = slice.stop() == null ? (step > 0 ? upper : lower) : clamp(slice.stop(), n, lower, upper);
        long count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                : (stop < start ? (start - stop - step - 1) / -step : 0);
        return new long[] {start, stop, step, count};
    }

    private static long clamp(long v, long n, long lower, long upper) {
        if (v < 0) {
            return Math.max(v + n, lower);
        }
        return Math.min(v, upper);
    }

    private static int position(Value index, int length, String message) {
        long k = Numbers.toLong(index);
        long p = k < 0 ? k + length : k;
        if (p < 0 || p >= length) {
            throw ProgramError.of("IndexError", message);
        }
        return (int) p;
    }
}
