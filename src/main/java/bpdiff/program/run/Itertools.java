package bpdiff.program.run;

import bpdiff.program.syntax.BinaryOperator;
import bpdiff.program.syntax.Span;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code itertools}' {@code product}, {@code chain}, {@code count}, {@code islice}, {@code repeat} and
 * {@code zip_longest}, lazy as CPython's: each item is made when the loop asks for it ({@code count()} never ends,
 * the loop's own limits stop it). {@code product} reads its iterables first, as CPython does.
 */
final class Itertools {

    private Itertools() {}

    /**
     * @param machine the interpreter
     * @param f the function
     * @param a its arguments
     * @param at where
     * @return the iterator
     */
    static Value call(Interpreter machine, String f, Arguments a, Span at) {
        return switch (f) {
            case "product" -> product(machine, a, at);
            case "chain" -> {
                a.check(Integer.MAX_VALUE);
                yield chain(machine, a.positional().iterator(), at);
            }
            case "chain_from_iterable" -> {
                a.check(1);
                yield chain(machine, Iteration.of(a.required(0, "iterable"), machine, at), at);
            }
            case "count" -> count(machine, a, at);
            case "islice" -> islice(machine, a, at);
            case "repeat" -> repeat(a);
            case "zip_longest" -> zipLongest(machine, a, at);
            default -> ItertoolsCombinatoric.call(machine, f, a, at);
        };
    }

    /** {@code product(*iterables, repeat=1)}: the tuples of the cartesian product, the last iterable fastest. */
    private static Value product(Interpreter machine, Arguments a, Span at) {
        a.check(Integer.MAX_VALUE, "repeat");
        Value r = a.keywords().get("repeat");
        long times = r == null ? 1 : Numbers.toLong(r);
        if (times < 0) {
            throw ProgramError.of("ValueError", "repeat argument cannot be negative");
        }
        List<List<Value>> pools = new ArrayList<>();
        for (long t = 0; t < times; t++) {
            for (Value v : a.positional()) {
                pools.add(Iteration.list(v, machine, at));
            }
        }
        int[] index = new int[pools.size()];
        boolean empty = pools.stream().anyMatch(List::isEmpty);
        return new PyIterator(new Iterator<>() {
            private boolean done = empty;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Value next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                List<Value> tuple = new ArrayList<>(index.length);
                for (int k = 0; k < index.length; k++) {
                    tuple.add(pools.get(k).get(index[k]));
                }
                int k = index.length - 1;
                while (k >= 0 && ++index[k] == pools.get(k).size()) {
                    index[k--] = 0;
                }
                done = k < 0;
                return new PyTuple(tuple);
            }
        }, "product", "product");
    }

    /** {@code chain(*iterables)} and {@code chain.from_iterable(iterables)}: the items of each in turn. */
    private static Value chain(Interpreter machine, Iterator<Value> sources, Span at) {
        return new PyIterator(new Iterator<>() {
            private Iterator<Value> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && sources.hasNext()) {
                    current = Iteration.of(sources.next(), machine, at);
                }
                return current.hasNext();
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        }, "chain", "chain");
    }

    /** {@code count(start=0, step=1)}: start, start + step, … by Python's {@code +}, without end. */
    private static Value count(Interpreter machine, Arguments a, Span at) {
        a.check(2, "start", "step");
        Value start = a.get(0, "start");
        Value step = a.get(1, "step");
        for (Value v : new Value[] {start, step}) {
            if (v != null && !Numbers.isNumeric(v)) {
                throw ProgramError.of("TypeError", "a number is required");
            }
        }
        Value by = step == null ? new PyInt(1) : step;
        return new PyIterator(new Iterator<>() {
            private Value next = start == null ? new PyInt(0) : start;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Value next() {
                Value v = next;
                next = machine.operators.binary(BinaryOperator.ADD, next, by, at);
                return v;
            }
        }, "count", "count");
    }

    /** {@code islice(iterable, stop)} or {@code islice(iterable, start, stop[, step])}: CPython's checks. */
    private static Value islice(Interpreter machine, Arguments a, Span at) {
        a.check(4);
        if (a.size() < 2) {
            throw ProgramError.of("TypeError", "islice expected at least 2 arguments, got " + a.size());
        }
        long start = 0;
        Long stop;
        long step = 1;
        String message = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        if (a.size() == 2) {
            stop = bound(a.positional().get(1), message);
        } else {
            String indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            Long s = bound(a.positional().get(1), indices);
            start = s == null ? 0 : s;
            stop = bound(a.positional().get(2), message);
            if (a.size() == 4) {
                Long t = bound(a.positional().get(3), "Step for islice() must be a positive integer or None.");
                step = t == null ? 1 : t;
                if (step < 1) {
                    throw ProgramError.of("ValueError", "Step for islice() must be a positive integer or None.");
                }
            }
        }
        Iterator<Value> source = Iteration.of(a.positional().get(0), machine, at);
        long first = start;
        long by = step;
        return new PyIterator(new Iterator<>() {
            private long position;
            private long wanted = first;

            @Override
            public boolean hasNext() {
                if (stop != null && wanted >= stop) {
                    return false;
                }
                while (position < wanted && source.hasNext()) {
                    source.next();
                    position++;
                }
                return position == wanted && source.hasNext();
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                position++;
                wanted += by;
                return source.next();
            }
        }, "islice", "islice");
    }

    private static Long bound(Value v, String message) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (!Numbers.isInteger(v) || Numbers.toLong(v) < 0) {
            throw ProgramError.of("ValueError", message);
        }
        return Numbers.toLong(v);
    }

    /** {@code repeat(object[, times])}: the object, that many times or without end. */
    private static Value repeat(Arguments a) {
        a.check(2, "object", "times");
        Value object = a.required(0, "object");
        Value times = a.get(1, "times");
        long n = times == null ? Long.MAX_VALUE : Math.max(0, Numbers.toLong(times));
        return new PyIterator(new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return made < n;
            }

            @Override
            public Value next() {
                made++;
                return object;
            }
        }, "repeat", "repeat");
    }

    /** {@code zip_longest(*iterables, fillvalue=None)}: tuples until the longest ends, the others filled. */
    private static Value zipLongest(Interpreter machine, Arguments a, Span at) {
        a.check(Integer.MAX_VALUE, "fillvalue");
        Value fill = a.keywords().getOrDefault("fillvalue", PyNone.NONE);
        List<Iterator<Value>> sources = new ArrayList<>();
        a.positional().forEach(v -> sources.add(Iteration.of(v, machine, at)));
        return new PyIterator(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sources.stream().anyMatch(Iterator::hasNext);
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Value> tuple = new ArrayList<>(sources.size());
                sources.forEach(it -> tuple.add(it.hasNext() ? it.next() : fill));
                return new PyTuple(tuple);
            }
        }, "zip_longest", "zip_longest");
    }
}
