package bpdiff.program.run;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A value as a key of a dict or an element of a set, with Python's equality: {@code 1}, {@code 1.0} and
 * {@code True} are the same key; strings, tuples and frozensets by content; functions, classes and objects
 * by identity. Lists, dicts, sets and arrays are unhashable, as in Python.
 */
final class HashKey {

    private final Value value;
    private final Object identity;

    private HashKey(Value value, Object identity) {
        this.value = value;
        this.identity = identity;
    }

    /**
     * @param v a value
     * @return it as a key
     * @throws ProgramError {@code TypeError: unhashable type} for a list, dict, set or array
     */
    static HashKey of(Value v) {
        return new HashKey(v, identity(v));
    }

    /** @return the value as it was first used as the key */
    Value value() {
        return value;
    }

    private static Object identity(Value v) {
        if (v instanceof PyInt i) {
            return i.value();
        }
        if (v instanceof PyBool b) {
            return b.value() ? 1L : 0L;
        }
        if (v instanceof PyBigInt b) {
            return b.value();
        }
        if (v instanceof PyFloat f) {
            return number(f.value(), v);
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (v instanceof PyTuple t) {
            return TupleKey.of(t);
        }
        if (v instanceof PySet s && s.frozen()) {
            return new HashSet<>(s.table().elements());
        }
        if (v instanceof PyTensor) {
            return new Identity(v);
        }
        if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyArray
                || v instanceof PyDictView) {
            throw ProgramError.of("TypeError", "unhashable type: '" + BuiltinTypes.typeOf(v).name() + "'");
        }
        if (v instanceof PyInstance o && o.cls().lookup("__hash__") == PyNone.NONE) {
            throw ProgramError.of("TypeError", "unhashable type: '" + o.cls().name() + "'");
        }
        if (v instanceof PyInstance o && o.cls().lookup("__hash__") != null) {
            return new Custom(o, userHash(o));
        }
        if (v instanceof PyInstance o && o.cls().lookup("__eq__") != null) {
            throw ProgramError.of("TypeError", "unhashable type: '" + o.cls().name() + "'");
        }
        if (v instanceof PyRange || v instanceof PySlice || v instanceof PyBuiltin || v instanceof PyModule
                || v instanceof PyMethod) {
            return v;
        }
        return new Identity(v);
    }

    /** A float equal to an integer is that integer's key; NaN is equal only to itself. */
    private static Object number(double x, Value v) {
        if (Double.isNaN(x)) {
            return new Identity(v);
        }
        if (x == Math.rint(x) && !Double.isInfinite(x)) {
            return Math.abs(x) < 9.0e18 ? (Object) (long) x : (Object) new java.math.BigDecimal(x).toBigInteger();
        }
        return x;
    }

    /**
     * The object's own {@code __hash__}, called in the interpreter that is running.
     *
     * @param o an object whose class defines {@code __hash__}
     * @return the hash
     */
    static long userHash(PyInstance o) {
        Interpreter machine = Interpreter.current();
        Value h = machine.calls.call(Attributes.special(o, "__hash__"), java.util.List.of(), java.util.Map.of(), null);
        if (!Numbers.isInteger(h)) {
            throw ProgramError.of("TypeError", "__hash__ method should return an integer");
        }
        return PythonHash.of(h);
    }

    /** An object with its own {@code __hash__} and {@code __eq__}, compared by them. */
    private record Custom(PyInstance o, long hash) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Custom c)) {
                return false;
            }
            return c.o == o || c.hash == hash && Equality.equal(Interpreter.current(), o, c.o);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }

    /**
     * A tuple as a key: equal to another whose items are equal as keys, with a hash that mixes every item's (CPython's
     * xxHash-based tuple hash over the items' hash codes; {@link List#hashCode} would give {@code (i, j)} of small
     * ints about {@code 31 i + j}, so that the ten million pairs of {@code range(10000)} shared a few hundred thousand
     * hashes). A tuple of numbers and strings only is held as itself, its items' keys made again when two hashes
     * match, so that a dict of a million pairs keeps no copy of them; another keeps its items' keys, so that an
     * object's {@code __hash__} is called once.
     *
     * @param tuple the tuple
     * @param parts its items' keys, or {@code null} when they are all numbers and strings
     * @param hash the hash
     */
    private record TupleKey(PyTuple tuple, Object[] parts, int hash) {

        private static final long PRIME1 = 0x9E3779B185EBCA87L;
        private static final long PRIME2 = 0xC2B2AE3D27D4EB4FL;
        private static final long PRIME5 = 0x27D4EB2F165667C5L;

        static TupleKey of(PyTuple t) {
            List<Value> items = t.items();
            Budget.walked(items.size());
            Object[] parts = new Object[items.size()];
            boolean plain = true;
            long acc = PRIME5;
            for (int k = 0; k < parts.length; k++) {
                Value item = items.get(k);
                parts[k] = identity(item);
                plain &= item instanceof PyInt || item instanceof PyFloat || item instanceof PyStr
                        || item instanceof PyBool;
                acc += Objects.hashCode(parts[k]) * PRIME2;
                acc = Long.rotateLeft(acc, 31);
                acc *= PRIME1;
            }
            acc += parts.length ^ (PRIME5 ^ 3527539L);
            return new TupleKey(t, plain ? null : parts, (int) (acc ^ acc >>> 32));
        }

        private Object part(int k) {
            return parts != null ? parts[k] : identity(tuple.items().get(k));
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof TupleKey other) || other.hash != hash
                    || other.tuple.items().size() != tuple.items().size()) {
                return false;
            }
            Budget.walked(tuple.items().size());
            for (int k = 0; k < tuple.items().size(); k++) {
                if (!Objects.equals(part(k), other.part(k))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Identity equality for objects (wrapping, since records compare by content). */
    private record Identity(Value v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.v == v;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(v);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HashKey k && Objects.equals(identity, k.identity) && sameBig(k);
    }

    private boolean sameBig(HashKey k) {
        return !(identity instanceof BigInteger) || identity.equals(k.identity);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(identity);
    }
}
