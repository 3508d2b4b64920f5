package bpdiff.program.run;

import bpdiff.program.syntax.Span;
import java.util.List;

/**
 * Methods of built-in values: arrays ({@link ArrayMethods}), lists ({@link ListMethods}), strings
 * ({@link StringMethods}), dicts, sets and the rest ({@link Containers}).
 */
final class Methods {

    private final Interpreter machine;
    private final ArrayMethods arrays;

    /**
     * @param machine the interpreter
     */
    Methods(Interpreter machine) {
        this.machine = machine;
        this.arrays = new ArrayMethods(machine);
    }

    /**
     * @param receiver the value
     * @param name the method
     * @param a the arguments
     * @param at where
     * @return the result
     */
    Value call(Value receiver, String name, Arguments a, Span at) {
        if (receiver instanceof PyTensor t) {
            return TensorMethods.call(machine.torch, t, name, a, at);
        }
        if (receiver instanceof TorchObject o) {
            return TorchObjects.method(machine.torch, o, name, a, at);
        }
        if (receiver instanceof PyArray array) {
            return arrays.call(array, name, a, at);
        }
        if (receiver instanceof PyNditer it && name.equals("iternext")) {
            return it.iternext();
        }
        if (receiver instanceof PyRandomState r) {
            return RandomFunctions.call(machine, r.generator(), name, a, at);
        }
        if (receiver instanceof RandomModule.Instance r) {
            return RandomModule.call(machine, r.generator(), name, a, at);
        }
        if (receiver instanceof PyIterator i && i.items() instanceof GeneratorRun run) {
            return run.method(name, a, at);
        }
        if (receiver instanceof PyGenerator g) {
            return GeneratorFunctions.call(machine, g.generator(), name, a, at);
        }
        if (receiver instanceof PyFloat f && name.equals("round")) {
            return NumpyFunctions.round(f, a.get(0, "decimals")); // a numpy scalar's method: loss.round(4)
        }
        if (receiver instanceof PyFloat f) {
            return name.equals("is_integer") ? PyBool.of(f.value() == Math.rint(f.value())
                    && !Double.isInfinite(f.value())) : name.equals("item") ? f.python() : f;
        }
        if (receiver instanceof PyList list) {
            return ListMethods.call(machine, list, name, a, at);
        }
        if (receiver instanceof PyStr s) {
            return StringMethods.call(machine, s.value(), name, a, at);
        }
        if (receiver instanceof PyTuple t && t.type() != null && NamedTuples.METHODS.contains(name)) {
            return NamedTuples.method(machine, t, name, a);
        }
        if (receiver instanceof PyDict d && d.counter() && Counters.METHODS.contains(name)) {
            return Counters.method(machine, d, name, a, at);
        }
        return Containers.call(machine, receiver, name, a, at);
    }

    /** The methods of built-in values, by Python type name. */
    private static final java.util.Map<String, java.util.Set<String>> METHODS = java.util.Map.of(
            "list", ListMethods.NAMES,
            "str", StringMethods.NAMES,
            "dict", Containers.DICT_METHODS,
            "set", Containers.SET_METHODS,
            "frozenset", Containers.FROZENSET_METHODS,
            "tuple", java.util.Set.of("count", "index"),
            "int", java.util.Set.of("bit_length", "conjugate"),
            "float", java.util.Set.of("item", "round", "is_integer", "conjugate"),
            "float64", java.util.Set.of("item", "round", "is_integer", "conjugate"),
            "float32", java.util.Set.of("item", "round", "conjugate"));

    /**
     * @param v a value
     * @param name an attribute
     * @return whether it is a method of the value's built-in type
     */
    static boolean has(Value v, String name) {
        java.util.Set<String> names = METHODS.get(v instanceof PyTuple ? "tuple" : v instanceof PyDict ? "dict"
                : BuiltinTypes.typeOf(v).name());
        return names != null && names.contains(name) || v instanceof PyDict d && d.counter()
                && Counters.METHODS.contains(name) || v instanceof PyBool && METHODS.get("int").contains(name)
                || v instanceof PyTuple t && t.type() != null && NamedTuples.METHODS.contains(name);
    }

    /**
     * @param type a built-in type
     * @param name a name
     * @return whether {@code type.name} is one of its methods ({@code str.upper}, {@code dict.fromkeys})
     */
    static boolean isMethodOf(PyClass type, String name) {
        java.util.Set<String> names = METHODS.get(type.name());
        return names != null && names.contains(name) || type == BuiltinTypes.DICT && name.equals("fromkeys");
    }
}
