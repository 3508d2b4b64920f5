package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.List;
import java.util.Set;

/** {@code value.name}: module members, array attributes ({@code .T}, {@code .shape}) and methods. */
final class Attributes {

    private static final Set<String> LIST_METHODS = Set.of("append", "extend", "pop", "copy", "index", "insert");
    private static final Set<String> STRING_METHODS = Set.of("format", "join", "strip", "lstrip", "rstrip", "upper",
            "lower", "replace", "split", "startswith", "endswith");

    private Attributes() {}

    /**
     * @param machine the interpreter
     * @param v the value
     * @param name the attribute
     * @param at where
     * @return {@code v.name}
     * @throws ProgramError if there is no such attribute in the subset
     */
    static Value get(Interpreter machine, Value v, String name, Span at) {
        if (v instanceof PyModule m) {
            return Modules.member(m.name(), name);
        }
        if (v == PyIgnored.IGNORED) {
            return PyIgnored.IGNORED;
        }
        if (v instanceof PyArray a) {
            return ArrayMethods.attribute(machine, a, name, at);
        }
        if (v instanceof PyFloat && name.equals("item")
                || v instanceof PyList && LIST_METHODS.contains(name)
                || v instanceof PyStr && STRING_METHODS.contains(name)) {
            return new PyMethod(v, name);
        }
        if (v instanceof PyFloat && (name.equals("shape") || name.equals("T"))) {
            return name.equals("T") ? v : new PyTuple(List.of());
        }
        throw new ProgramError("'" + v.typeName() + "' object has no attribute '" + name + "' (in bpdiff's subset)");
    }
}
