package bpdiff.program.run;

import java.util.Iterator;

/**
 * An iterator: what {@code iter()}, {@code map}, {@code filter}, {@code zip}, {@code enumerate},
 * {@code reversed} and a generator expression give. It is consumed once, as Python's are.
 */
public final class PyIterator implements Value {

    private final Iterator<Value> items;
    private final String typeName;
    private final String name;

    /**
     * @param items the items, produced on demand
     * @param typeName Python's name of its type: {@code map}, {@code zip}, {@code list_iterator}, {@code generator}
     */
    PyIterator(Iterator<Value> items, String typeName) {
        this(items, typeName, "<genexpr>");
    }

    /**
     * @param items the items, produced on demand
     * @param typeName Python's name of its type
     * @param name the qualified name of the generator function that made it, as its repr shows it
     */
    PyIterator(Iterator<Value> items, String typeName, String name) {
        this.items = items;
        this.typeName = typeName;
        this.name = name;
    }

    /** @return for a generator, the qualified name of its function ({@code <genexpr>} for an expression's) */
    String name() {
        return name;
    }

    /** @return the items not yet taken */
    Iterator<Value> items() {
        return items;
    }

    @Override
    public String typeName() {
        return typeName;
    }
}
