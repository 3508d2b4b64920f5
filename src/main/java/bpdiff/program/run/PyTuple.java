package bpdiff.program.run;

import java.util.List;

/**
 * A Python tuple.
 *
 * @param items the elements
 */
public record PyTuple(List<Value> items) implements Value {

    /** Makes the list unmodifiable. */
    public PyTuple {
        items = List.copyOf(items);
    }

    @Override
    public String typeName() {
        return "tuple";
    }
}
