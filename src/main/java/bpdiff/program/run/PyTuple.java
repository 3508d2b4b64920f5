package bpdiff.program.run;

import java.util.List;

/**
 * A Python tuple, or an instance of a {@code collections.namedtuple} class ({@link NamedTuples}): a tuple in every
 * way (equal to and hashed as the plain tuple of its items) whose fields are also attributes.
 *
 * @param items the elements
 * @param type the namedtuple class, or {@code null} for a plain tuple
 */
public record PyTuple(List<Value> items, PyClass type) implements Value {

    /** Makes the list unmodifiable. */
    public PyTuple {
        items = List.copyOf(items);
    }

    /**
     * A plain tuple.
     *
     * @param items the elements
     */
    public PyTuple(List<Value> items) {
        this(items, null);
    }

    /** @return the namedtuple's field names, in order; none for a plain tuple */
    public List<String> fields() {
        return type == null ? List.of() : NamedTuples.fields(type);
    }

    @Override
    public String typeName() {
        return type == null ? "tuple" : type.name();
    }

    /** Equal as Python's {@code ==} of tuples: by the items, whatever the class ({@code Params(1, 2) == (1, 2)}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple t && items.equals(t.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
