package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.OpArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code value.name}: module members, array attributes ({@code .T}, {@code .shape}) and methods. */
final class Attributes {

    private static final Set<String> ARRAY_METHODS = Set.of("reshape", "sum", "mean", "dot", "copy", "flatten",
            "ravel", "item", "tolist", "transpose", "astype");
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
            return array(machine, a, name, at);
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

    private static Value array(Interpreter machine, PyArray a, String name, Span at) {
        switch (name) {
            case "T":
                return machine.recorder.apply(Op.TRANSPOSE, OpArgs.NONE, at, a);
            case "shape":
                return shape(a);
            case "size":
                return new PyInt(a.value().size());
            case "ndim":
                return new PyInt(a.value().ndim());
            default:
                if (ARRAY_METHODS.contains(name)) {
                    return new PyMethod(a, name);
                }
                throw new ProgramError("'numpy.ndarray' object has no attribute '" + name + "' in bpdiff's subset "
                        + "(arrays have .T, .shape, .size, .ndim and ." + String.join("(), .",
                        ARRAY_METHODS.stream().sorted().toList()) + "())");
        }
    }

    /**
     * @param a an array
     * @return its shape as a tuple of ints
     */
    static PyTuple shape(PyArray a) {
        List<Value> dims = new ArrayList<>();
        for (int d : a.value().shape()) {
            dims.add(new PyInt(d));
        }
        return new PyTuple(dims);
    }
}
