package bpdiff.program.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python list (mutable).
 *
 * @param items the elements
 */
public record PyList(ArrayList<Value> items) implements Value {

    /**
     * @param items elements
     * @return a new list holding them
     */
    public static PyList of(List<Value> items) {
        return new PyList(new ArrayList<>(items));
    }

    @Override
    public String typeName() {
        return "list";
    }
}
