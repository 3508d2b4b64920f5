package bpdiff.program.run;

/**
 * {@code d.keys()}, {@code d.values()} or {@code d.items()}: a live view of a dictionary.
 *
 * @param dict the dictionary
 * @param kind {@code keys}, {@code values} or {@code items}
 */
public record PyDictView(PyDict dict, String kind) implements Value {

    @Override
    public String typeName() {
        return "dict_" + kind;
    }
}
