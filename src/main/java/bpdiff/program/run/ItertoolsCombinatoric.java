package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code itertools}' {@code accumulate}, {@code combinations}, {@code combinations_with_replacement},
 * {@code permutations}, {@code starmap}, {@code groupby}, {@code cycle}, {@code takewhile}, {@code dropwhile},
 * {@code compress}, {@code filterfalse}, {@code tee} and {@code pairwise}, lazy as CPython's and in its order
 * (the combinatoric ones read their iterable first, as CPython does).
 */
final class ItertoolsCombinatoric {

    /** The functions this class runs. */
    static final List<String> NAMES = List.of("accumulate", "combinations", "combinations_with_replacement",
            "permutations", "starmap", "groupby", "cycle", "takewhile", "dropwhile", "compress", "filterfalse", "tee",
            "pairwise");

    private ItertoolsCombinatoric() {}

    /**
     * @param machine the interpreter
     * @param f the function
     * @param a its arguments
     * @param at where
     * @return the iterator (a tuple of iterators for {@code tee})
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        return switch (f) {
            case "accumulate" -> accumulate(machine, a, at);
            case "combinations", "combinations_with_replacement", "permutations" -> combinatoric(machine, f, a, at);
            case "starmap" -> {
                a.check(2);
                Value fn = a.required(0, "function");
                Iterator<Value> items = Iteration.of(a.required(1, "iterable"), machine, at);
                yield lazy(f, () -> items.hasNext() ? machine.calls.call(fn,
                        Iteration.list(items.next(), machine, at), Map.of(), at) : null);
            }
            case "groupby" -> groupby(machine, a, at);
            case "cycle" -> cycle(machine, a, at);
            case "takewhile", "dropwhile", "filterfalse" -> predicate(machine, f, a, at);
            case "compress" -> {
                a.check(2, "data", "selectors");
                Iterator<Value> data = Iteration.of(a.required(0, "data"), machine, at);
                Iterator<Value> selectors = Iteration.of(a.required(1, "selectors"), machine, at);
                yield lazy(f, () -> {
                    while (data.hasNext() && selectors.hasNext()) {
                        Value d = data.next();
                        if (Truth.of(machine, selectors.next())) {
                            return d;
                        }
                    }
                    return null;
                });
            }
            case "tee" -> tee(machine, a, at);
            default -> {
                a.check(1);
                Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
                Value[] last = {null};
                yield lazy(f, () -> {
                    if (last[0] == null) {
                        if (!items.hasNext()) {
                            return null;
                        }
                        last[0] = items.next();
                    }
                    if (!items.hasNext()) {
                        return null;
                    }
                    Value b = items.next();
                    Value pair = new PyTuple(List.of(last[0], b));
                    last[0] = b;
                    return pair;
                });
            }
        };
    }

    /** An iterator of the values {@code next} computes, {@code null} at the end. */
    private static PyIterator lazy(String type, Supplier<Value> next) {
        return new PyIterator(new LookAhead() {
            @Override
            protected Value advance() {
                return next.get();
            }

            @Override
            protected void release() {}
        }, "itertools." + type, type);
    }

    /** {@code accumulate(iterable, func=operator.add, *, initial=None)}: the running results. */
    private static Value accumulate(Interpreter machine, Arguments a, Span at) {
        a.check(2, "iterable", "func", "initial");
        Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
        Value func = a.get(1, "func");
        Value initial = a.keywords().get("initial");
        Value[] total = {initial == PyNone.NONE ? null : initial};
        boolean[] started = {false};
        return lazy("accumulate", () -> {
            if (!started[0]) {
                started[0] = true;
                if (total[0] != null) {
                    return total[0];
                }
            }
            if (!items.hasNext()) {
                return null;
            }
            Value x = items.next();
            total[0] = total[0] == null ? x : func == null || func == PyNone.NONE
                    ? machine.operators.binary(BinaryOperator.ADD, total[0], x, at)
                    : machine.calls.call(func, List.of(total[0], x), Map.of(), at);
            return total[0];
        });
    }

    /** The index walks of CPython's {@code combinations}, {@code combinations_with_replacement} and {@code permutations}. */
    private static Value combinatoric(Interpreter machine, String f, Arguments a, Span at) {
        a.check(2, "iterable", "r");
        List<Value> pool = Iteration.list(a.required(0, "iterable"), machine, at);
        Value given = a.get(1, "r");
        if (given == null && !f.equals("permutations")) {
            throw ProgramError.of("TypeError", f + "() missing required argument 'r' (pos 2)");
        }
        int n = pool.size();
        long r = given == null || given == PyNone.NONE ? n : Numbers.toLong(given);
        if (r < 0) {
            throw ProgramError.of("ValueError", "r must be non-negative");
        }
        int k = (int) Math.min(r, Integer.MAX_VALUE);
        boolean replace = f.equals("combinations_with_replacement");
        boolean empty = replace ? n == 0 && k > 0 : k > n;
        int[] indices = new int[replace ? k : f.equals("permutations") ? n : k];
        int[] cycles = new int[k];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = replace ? 0 : i;
        }
        for (int i = 0; i < k && f.equals("permutations"); i++) {
            cycles[i] = n - i;
        }
        boolean[] state = {empty, true}; // done, first
        return lazy(f, () -> {
            if (state[0]) {
                return null;
            }
            if (!state[1] && !(f.equals("permutations") ? nextPermutation(indices, cycles, n, k)
                    : nextCombination(indices, n, k, replace))) {
                state[0] = true;
                return null;
            }
            state[1] = false;
            List<Value> tuple = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                tuple.add(pool.get(indices[i]));
            }
            machine.budget.elements(k);
            return new PyTuple(tuple);
        });
    }

    private static boolean nextCombination(int[] indices, int n, int r, boolean replace) {
        int i = r - 1;
        while (i >= 0 && indices[i] == (replace ? n - 1 : i + n - r)) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (replace) {
            int v = indices[i] + 1;
            for (int j = i; j < r; j++) {
                indices[j] = v;
            }
        } else {
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
        }
        return true;
    }

    private static boolean nextPermutation(int[] indices, int[] cycles, int n, int r) {
        for (int i = r - 1; i >= 0; i--) {
            cycles[i]--;
            if (cycles[i] == 0) {
                int first = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                indices[n - 1] = first;
                cycles[i] = n - i;
            } else {
                int j = cycles[i];
                int t = indices[i];
                indices[i] = indices[n - j];
                indices[n - j] = t;
                return true;
            }
        }
        return false;
    }

    /**
     * {@code groupby(iterable, key=None)}: (key, group) for each run of equal keys; a group read after the next one
     * was asked for is empty, as CPython's.
     */
    private static Value groupby(Interpreter machine, Arguments a, Span at) {
        a.check(2, "iterable", "key");
        Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
        Value keyFunction = a.get(1, "key");
        Value[] state = new Value[3]; // CPython's currvalue, currkey, tgtkey
        int[] current = {0}; // which grouper is current
        Supplier<Boolean> step = () -> {
            if (!items.hasNext()) {
                return false;
            }
            state[0] = items.next();
            state[1] = key(machine, keyFunction, state[0], at);
            return true;
        };
        return lazy("groupby", () -> {
            current[0]++;
            while (!(state[1] != null && (state[2] == null || !Equality.equal(machine, state[2], state[1])))) {
                if (!step.get()) {
                    return null;
                }
            }
            state[2] = state[1];
            Value target = state[2];
            int mine = current[0];
            return new PyTuple(List.of(target, lazy("_grouper", () -> {
                if (current[0] != mine || state[0] == null && !step.get()) {
                    return null;
                }
                if (!Equality.equal(machine, target, state[1])) {
                    return null;
                }
                Value v = state[0];
                state[0] = null;
                return v;
            })));
        });
    }

    private static Value key(Interpreter machine, Value keyFunction, Value x, Span at) {
        return keyFunction == null || keyFunction == PyNone.NONE ? x
                : machine.calls.call(keyFunction, List.of(x), Map.of(), at);
    }

    /** {@code cycle(iterable)}: its items, then the saved items again and again. */
    private static Value cycle(Interpreter machine, Arguments a, Span at) {
        a.check(1);
        Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
        List<Value> saved = new ArrayList<>();
        int[] position = {-1};
        return lazy("cycle", () -> {
            if (position[0] < 0 && items.hasNext()) {
                Value v = items.next();
                saved.add(v);
                machine.budget.elements(1);
                return v;
            }
            if (saved.isEmpty()) {
                return null;
            }
            position[0] = (position[0] + 1) % saved.size();
            return saved.get(position[0]);
        });
    }

    /** {@code takewhile}, {@code dropwhile}, {@code filterfalse(predicate, iterable)}. */
    private static Value predicate(Interpreter machine, String f, Arguments a, Span at) {
        a.check(2);
        Value test = a.required(0, "predicate");
        Iterator<Value> items = Iteration.of(a.required(1, "iterable"), machine, at);
        boolean[] switched = {false};
        return lazy(f, () -> {
            while (items.hasNext()) {
                Value x = items.next();
                if (f.equals("takewhile")) {
                    return !switched[0] && Truth.of(machine, machine.calls.call(test, List.of(x), Map.of(), at)) ? x
                            : finish(switched);
                }
                if (f.equals("dropwhile")) {
                    if (switched[0] || !Truth.of(machine, machine.calls.call(test, List.of(x), Map.of(), at))) {
                        switched[0] = true;
                        return x;
                    }
                    continue;
                }
                boolean holds = test == PyNone.NONE ? Truth.of(machine, x)
                        : Truth.of(machine, machine.calls.call(test, List.of(x), Map.of(), at));
                if (!holds) {
                    return x;
                }
            }
            return null;
        });
    }

    private static Value finish(boolean[] switched) {
        switched[0] = true;
        return null;
    }

    /** {@code tee(iterable, n=2)}: n iterators over the same items, each item read once from the source. */
    private static Value tee(Interpreter machine, Arguments a, Span at) {
        a.check(2);
        Iterator<Value> items = Iteration.of(a.required(0, "iterable"), machine, at);
        long n = a.size() > 1 ? Numbers.toLong(a.positional().get(1)) : 2;
        if (n < 0) {
            throw ProgramError.of("ValueError", "n must be >= 0");
        }
        List<Value> buffer = new ArrayList<>();
        List<Value> copies = new ArrayList<>();
        for (long c = 0; c < n; c++) {
            int[] position = {0};
            copies.add(lazy("_tee", () -> {
                if (position[0] == buffer.size()) {
                    if (!items.hasNext()) {
                        return null;
                    }
                    buffer.add(items.next());
                    machine.budget.elements(1);
                }
                return buffer.get(position[0]++);
            }));
        }
        return new PyTuple(copies);
    }
}
