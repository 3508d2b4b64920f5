package bpdiff.program.run;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A Python set or frozenset, held in CPython's own table layout ({@link SetTable}) so that it iterates and
 * prints in CPython's order: numbers and tuples of numbers exactly; strings in an order CPython gives in some
 * runs (its string hashes differ from run to run).
 */
public final class PySet implements Value {

    private final SetTable table = new SetTable();
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

    /** @return its table */
    SetTable table() {
        return table;
    }

    /**
     * @param v an element
     * @return whether it was new
     */
    boolean add(Value v) {
        return table.add(HashKey.of(v));
    }

    /**
     * @param v an element
     * @return whether it was there
     */
    boolean remove(Value v) {
        return table.remove(HashKey.of(v));
    }

    /**
     * @param v a value
     * @return whether it is an element
     */
    boolean contains(Value v) {
        return table.contains(HashKey.of(v));
    }

    /** @return the number of elements */
    int size() {
        return table.size();
    }

    /** Removes every element. */
    void clear() {
        table.clear();
    }

    /** @return the element {@code pop()} removes */
    Value pop() {
        return table.pop().value();
    }

    /** @return the elements, failing as Python does when the set changes size meanwhile */
    Iterator<Value> iterator() {
        List<HashKey> elements = table.elements();
        int size = table.size();
        return new Iterator<>() {
            private int k;

            @Override
            public boolean hasNext() {
                if (table.size() != size) {
                    throw ProgramError.of("RuntimeError", "Set changed size during iteration");
                }
                return k < elements.size();
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return elements.get(k++).value();
            }
        };
    }

    @Override
    public String typeName() {
        return frozen ? "frozenset" : "set";
    }
}
