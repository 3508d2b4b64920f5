package bpdiff.program.run;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * A Python set or frozenset. Elements iterate in insertion order: CPython's order follows its hash table
 * (for small integers mostly ascending, for strings different in every run), so a program that prints a
 * set of several elements may print them in another order than CPython.
 */
public final class PySet implements Value {

    private final LinkedHashMap<HashKey, Value> elements = new LinkedHashMap<>();
    private final boolean frozen;

    /**
     * @param frozen whether it is a frozenset
     */
    PySet(boolean frozen) {
        this.frozen = frozen;
    }

    /** @return whether it is a frozenset */
    boolean frozen() {
        return frozen;
    }

    /**
     * @param v an element
     * @return whether it was new
     */
    boolean add(Value v) {
        HashKey k = HashKey.of(v);
        if (elements.containsKey(k)) {
            return false;
        }
        elements.put(k, v);
        return true;
    }

    /**
     * @param v an element
     * @return whether it was there
     */
    boolean remove(Value v) {
        return elements.remove(HashKey.of(v)) != null;
    }

    /**
     * @param v a value
     * @return whether it is an element
     */
    boolean contains(Value v) {
        return elements.containsKey(HashKey.of(v));
    }

    /** @return the number of elements */
    int size() {
        return elements.size();
    }

    /** Removes every element. */
    void clear() {
        elements.clear();
    }

    /** @return the element keys */
    Set<HashKey> keys() {
        return elements.keySet();
    }

    /** @return the elements, failing as Python does when the set changes size meanwhile */
    Iterator<Value> iterator() {
        Iterator<Value> inner = elements.values().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public Value next() {
                try {
                    return inner.next();
                } catch (ConcurrentModificationException e) {
                    throw ProgramError.of("RuntimeError", "Set changed size during iteration");
                }
            }
        };
    }

    @Override
    public String typeName() {
        return frozen ? "frozenset" : "set";
    }
}
