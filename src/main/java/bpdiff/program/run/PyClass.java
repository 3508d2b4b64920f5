package bpdiff.program.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class: one the program defines with {@code class}, or one of Python's built-in types and exceptions
 * ({@link BuiltinTypes}). Its attributes live in its own dictionary; lookups follow the method resolution
 * order, computed by C3 linearisation as Python does.
 */
public final class PyClass implements Value {

    private final String name;
    private final String module;
    private final List<PyClass> bases;
    private final List<PyClass> mro;
    private final Map<String, Value> dict;
    private final boolean builtin;

    /**
     * @param name the class's name
     * @param module {@code builtins}, {@code __main__} or {@code numpy}
     * @param bases its base classes (empty only for {@code object})
     * @param dict its attributes
     * @param builtin whether it is one of Python's own (whose attributes cannot be set)
     * @throws ProgramError {@code TypeError} when no consistent method resolution order exists
     */
    PyClass(String name, String module, List<PyClass> bases, Map<String, Value> dict, boolean builtin) {
        this.name = name;
        this.module = module;
        this.bases = List.copyOf(bases);
        this.dict = new LinkedHashMap<>(dict);
        this.builtin = builtin;
        this.mro = linearize(this, bases);
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return its module */
    String module() {
        return module;
    }

    /** @return its base classes */
    List<PyClass> bases() {
        return bases;
    }

    /** @return the method resolution order, this class first */
    List<PyClass> mro() {
        return mro;
    }

    /** @return its own attributes */
    Map<String, Value> dict() {
        return dict;
    }

    /** @return whether it is one of Python's built-in classes */
    boolean builtin() {
        return builtin;
    }

    /**
     * @param attribute a name
     * @return the attribute found first along the method resolution order, or {@code null}
     */
    Value lookup(String attribute) {
        for (PyClass c : mro) {
            Value v = c.dict.get(attribute);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * @param attribute a name
     * @return the class along the method resolution order that defines it, or {@code null}
     */
    PyClass owner(String attribute) {
        for (PyClass c : mro) {
            if (c.dict.containsKey(attribute)) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param other a class
     * @return whether this class is it or derives from it
     */
    boolean isSubclassOf(PyClass other) {
        return mro.contains(other);
    }

    /** @return the name as Python prints it in {@code <class '…'>}: {@code __main__.Net}, {@code int} */
    String qualified() {
        return module.equals("builtins") ? name : module + "." + name;
    }

    private static List<PyClass> linearize(PyClass self, List<PyClass> bases) {
        if (bases.size() == 1) {
            // C3 of one base is the class and the base's order, as CPython's shortcut makes it
            List<PyClass> result = new ArrayList<>(bases.get(0).mro.size() + 1);
            result.add(self);
            result.addAll(bases.get(0).mro);
            return List.copyOf(result);
        }
        List<List<PyClass>> sequences = new ArrayList<>();
        for (PyClass b : bases) {
            sequences.add(new ArrayList<>(b.mro));
        }
        sequences.add(new ArrayList<>(bases));
        List<PyClass> result = new ArrayList<>();
        result.add(self);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return List.copyOf(result);
            }
            PyClass next = null;
            for (List<PyClass> s : sequences) {
                PyClass candidate = s.get(0);
                if (sequences.stream().noneMatch(t -> t.indexOf(candidate) > 0)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                throw ProgramError.of("TypeError", "Cannot create a consistent method resolution order (MRO) for "
                        + "bases " + String.join(", ", bases.stream().map(PyClass::name).toList()));
            }
            result.add(next);
            for (List<PyClass> s : sequences) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public String typeName() {
        return "type";
    }
}
