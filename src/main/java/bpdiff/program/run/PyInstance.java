package bpdiff.program.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object of a class: of one the program defines (its attributes, {@code self.x}, in its own dictionary),
 * or an exception, whose {@code args} Python keeps apart from the dictionary.
 */
public final class PyInstance implements Value {

    private final PyClass cls;
    private final Map<String, Value> attributes = new LinkedHashMap<>();
    private PyTuple args = new PyTuple(List.of());

    /**
     * @param cls its class
     */
    PyInstance(PyClass cls) {
        this.cls = cls;
    }

    /** @return its class */
    public PyClass cls() {
        return cls;
    }

    /** @return its attributes */
    Map<String, Value> attributes() {
        return attributes;
    }

    /** @return for an exception, the arguments it was made with */
    PyTuple args() {
        return args;
    }

    /**
     * @param newArgs an exception's arguments
     */
    void args(PyTuple newArgs) {
        args = newArgs;
    }

    @Override
    public String typeName() {
        return cls.name();
    }
}
