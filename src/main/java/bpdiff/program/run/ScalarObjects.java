package bpdiff.program.run;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Objects of the program's own classes that hold a number in their {@code data} attribute and its gradient in
 * {@code grad}: the scalar {@code Value} of an autograd engine written from scratch (micrograd's
 * {@code Value(data, _children, _op)} with {@code _backward} closures). The number is what the program computes;
 * the object around it is the program's own bookkeeping. A loss held in one
 * ({@code loss = sum((yout - ygt)**2 for …)}) is the number {@code loss.data}; a parameter stepped through a loop
 * variable ({@code for p in params: p.data += -lr * p.grad}) is named by where the program keeps the object
 * ({@code w1.data}, {@code model.layers[0].neurons[1].w[0].data}), so that each object is a parameter of its own.
 */
final class ScalarObjects {

    /** The names found so far, each object's once: the same object is the same parameter at every epoch. */
    private final Map<PyInstance, String> paths = new IdentityHashMap<>();

    /**
     * The number an object assigned to a loss's name holds.
     *
     * @param value the assigned value
     * @param name the variable
     * @param lossNames the names a loss may have
     * @return {@code value.data} when {@code value} is an object of the program's own class whose {@code data} is a
     *         float or array on the tape and {@code name} is a loss's name; else {@code null}
     */
    static Value lossHeld(Value value, String name, Set<String> lossNames) {
        if (!(value instanceof PyInstance i) || !lossNames.contains(name)) {
            return null;
        }
        Value data = i.attributes().get("data");
        return (data instanceof PyFloat || data instanceof PyArray) && Numbers.node(data) >= 0 ? data : null;
    }

    /**
     * @param value a value
     * @return whether it is an object of the program's own class with a number in {@code data} and one in
     *         {@code grad}
     */
    static boolean isScalar(Value value) {
        return value instanceof PyInstance i && Numbers.isNumeric(i.attributes().getOrDefault("data", PyNone.NONE))
                && Numbers.isNumeric(i.attributes().getOrDefault("grad", PyNone.NONE));
    }

    /**
     * Where the program keeps an object ({@link ValuePaths}); an object nothing leads to is numbered in the order met
     * ({@code p (object 3)}), so that it is still a parameter of its own. The name found first stays the object's.
     *
     * @param object the object
     * @param locals the running function's variables (none at module level)
     * @param globals the module's variables
     * @param via the variable the statement names it by, left out
     * @param loopVariables the program's loop variables, left out
     * @return its path ({@code w1}, {@code params[3]}, {@code model.layers[0].neurons[1].w[0]})
     */
    String pathOf(PyInstance object, Map<String, Value> locals, Map<String, Value> globals, String via,
            Set<String> loopVariables) {
        String known = paths.get(object);
        if (known == null) {
            Set<String> skip = new java.util.HashSet<>(loopVariables);
            skip.add(via);
            String found = ValuePaths.of(locals, globals, skip, v -> v == object);
            known = found != null ? found : via + " (object " + (paths.size() + 1) + ")";
            paths.put(object, known);
        }
        return known;
    }
}
