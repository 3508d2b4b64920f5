package bpdiff.program.run;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Python dict: keys with Python's equality ({@link HashKey}), in insertion order. */
public final class PyDict implements Value {

    private final LinkedHashMap<HashKey, Value> entries = new LinkedHashMap<>();
    /** Whether it is a {@code collections.OrderedDict}: a dict that shows itself so. */
    private boolean ordered;
    /** For a {@code collections.defaultdict}, what makes a missing key's value ({@code None}: nothing); else null. */
    private Value defaultFactory;
    /** Whether it is a {@code collections.Counter}: a missing key counts 0. */
    private boolean counter;

    /** @return whether it is a {@code collections.Counter} */
    boolean counter() {
        return counter;
    }

    /** @return this dict, made a {@code collections.Counter} */
    PyDict asCounter() {
        counter = true;
        return this;
    }

    /** @return for a {@code collections.defaultdict}, its {@code default_factory}; else {@code null} */
    Value defaultFactory() {
        return defaultFactory;
    }

    /**
     * @param factory what makes a missing key's value, or {@code None}
     * @return this dict, made a {@code collections.defaultdict}
     */
    PyDict withDefault(Value factory) {
        defaultFactory = factory;
        return this;
    }

    /** @return an empty dict of the same kind: an OrderedDict, a defaultdict with the same factory, or a dict */
    PyDict emptyLike() {
        PyDict c = new PyDict();
        c.ordered = ordered;
        c.defaultFactory = defaultFactory;
        c.counter = counter;
        return c;
    }

    /** @return whether it is a {@code collections.OrderedDict} */
    boolean ordered() {
        return ordered;
    }

    /**
     * @return this dict, made a {@code collections.OrderedDict}
     */
    PyDict asOrdered() {
        ordered = true;
        return this;
    }

    /**
     * @param key a key
     * @return its value, or {@code null} if absent
     */
    Value get(Value key) {
        return entries.get(HashKey.of(key));
    }

    /**
     * Binds a key; an equal key already there keeps its first form ({@code d[1] = …; d[1.0] = …} keeps {@code 1}).
     *
     * @param key the key
     * @param value the value
     */
    void put(Value key, Value value) {
        entries.put(HashKey.of(key), value);
    }

    /**
     * @param key a key
     * @return the value removed, or {@code null} if absent
     */
    Value remove(Value key) {
        return entries.remove(HashKey.of(key));
    }

    /**
     * @param key a key
     * @return whether it is present
     */
    boolean contains(Value key) {
        return entries.containsKey(HashKey.of(key));
    }

    /** @return the number of entries */
    int size() {
        return entries.size();
    }

    /** Removes every entry. */
    void clear() {
        entries.clear();
    }

    /** @return the entries, in order: key as first inserted, and value */
    Iterable<Map.Entry<HashKey, Value>> entries() {
        return entries.entrySet();
    }

    /**
     * @param kind {@code keys}, {@code values} or {@code items}
     * @return an iterator over the keys, values or (key, value) tuples that fails as Python's does when the
     *     dict changes size meanwhile
     */
    Iterator<Value> iterator(String kind) {
        Iterator<Map.Entry<HashKey, Value>> inner = entries.entrySet().iterator();
        int size = entries.size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                // CPython compares the size at each step, the last one too: a key added in the last pass still fails
                return inner.hasNext() || entries.size() != size;
            }

            @Override
            public Value next() {
                Map.Entry<HashKey, Value> e;
                if (entries.size() != size) {
                    throw ProgramError.of("RuntimeError", "dictionary changed size during iteration");
                }
                try {
                    e = inner.next();
                } catch (ConcurrentModificationException ex) {
                    throw ProgramError.of("RuntimeError", "dictionary changed size during iteration");
                }
                return switch (kind) {
                    case "values" -> e.getValue();
                    case "items" -> new PyTuple(java.util.List.of(e.getKey().value(), e.getValue()));
                    default -> e.getKey().value();
                };
            }
        };
    }

    @Override
    public String typeName() {
        return "dict";
    }
}
