package bpdiff.program.run;

import java.util.Set;

/** The names of Python's {@code builtins} module that a program can use, as values. */
final class BuiltinNames {

    /** The built-in functions implemented ({@link Builtins}). */
    static final Set<String> FUNCTIONS = Set.of("print", "range", "len", "abs", "min", "max", "sum", "round", "repr",
            "enumerate", "zip", "pow", "reversed", "sorted", "map", "filter", "any", "all", "isinstance", "issubclass",
            "hasattr", "getattr", "setattr", "delattr", "id", "hash", "callable", "iter", "next", "divmod", "hex", "bin",
            "oct", "ord", "chr", "format", "ascii", "exit", "quit");

    private BuiltinNames() {}

    /**
     * @param name a name
     * @return the built-in it names, or {@code null}
     */
    static Value value(String name) {
        if (FUNCTIONS.contains(name)) {
            return new PyBuiltin(name);
        }
        switch (name) {
            case "None":
                return PyNone.NONE;
            case "NotImplemented":
                return PyConstant.NOT_IMPLEMENTED;
            case "Ellipsis":
                return PyConstant.ELLIPSIS;
            default:
                return BuiltinTypes.named(name);
        }
    }

    /**
     * @param name a name
     * @return whether it is a built-in a program can use
     */
    static boolean contains(String name) {
        return value(name) != null;
    }
}
