package bpdiff.program.run;

import java.util.ArrayDeque;
import java.util.Deque;
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

    /** How many containers and objects the search for a name may look at: a path is a few steps from a variable. */
    private static final int MAX_VISITED = 20_000;

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
     * @param body a program's statements
     * @return the variables a {@code for} statement anywhere in it binds ({@code p} of {@code for p in params:}):
     *     the variables that name a different object at each step of a loop
     */
    static Set<String> loopVariables(java.util.List<bpdiff.program.syntax.Stmt> body) {
        Set<String> names = new java.util.HashSet<>();
        for (bpdiff.program.syntax.Stmt s : body) {
            if (s instanceof bpdiff.program.syntax.Stmt.For f) {
                bpdiff.program.syntax.AssignedNames.targets(f.target(), names);
            }
            for (java.util.List<bpdiff.program.syntax.Stmt> block : bpdiff.program.syntax.Children.blocks(s)) {
                names.addAll(loopVariables(block));
            }
        }
        return names;
    }

    /**
     * Where the program keeps an object: the shortest path to it from a variable of the running function or of the
     * module other than {@code via} (the loop variable it is reached through), through objects' public attributes,
     * list and tuple items and dict values under str or int keys; the first found, breadth first, the function's
     * variables first (by name), then the module's (in the order they were made). An object nothing leads to is numbered in the order
     * met ({@code p (object 3)}), so that it is still a parameter of its own. The name found first stays the object's.
     *
     * @param object the object
     * @param locals the running function's variables (none at module level)
     * @param globals the module's variables
     * @param via the variable the statement names it by, left out
     * @param repr how a dict's key is shown (Python's {@code repr})
     * @return its path ({@code w1}, {@code params[3]}, {@code model.layers[0].neurons[1].w[0]})
     */
    String pathOf(PyInstance object, Map<String, Value> locals, Map<String, Value> globals, String via,
            java.util.function.Function<Value, String> repr) {
        String known = paths.get(object);
        if (known != null) {
            return known;
        }
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        Deque<Object[]> queue = new ArrayDeque<>();
        for (Map<String, Value> scope : java.util.List.of(new java.util.TreeMap<>(locals), globals)) {
            for (Map.Entry<String, Value> g : scope.entrySet()) {
                if (!g.getKey().equals(via) && !g.getKey().startsWith("_")) {
                    queue.add(new Object[] {g.getKey(), g.getValue()});
                }
            }
        }
        while (!queue.isEmpty() && seen.size() < MAX_VISITED) {
            Object[] next = queue.poll();
            String path = (String) next[0];
            Value v = (Value) next[1];
            if (v == object) {
                paths.put(object, path);
                return path;
            }
            if (seen.put(v, Boolean.TRUE) != null) {
                continue;
            }
            if (v instanceof PyInstance i) {
                i.attributes().forEach((k, a) -> {
                    if (!k.startsWith("_")) {
                        queue.add(new Object[] {path + "." + k, a});
                    }
                });
            } else if (v instanceof PyList l) {
                for (int k = 0; k < l.items().size(); k++) {
                    queue.add(new Object[] {path + "[" + k + "]", l.items().get(k)});
                }
            } else if (v instanceof PyTuple t) {
                for (int k = 0; k < t.items().size(); k++) {
                    queue.add(new Object[] {path + "[" + k + "]", t.items().get(k)});
                }
            } else if (v instanceof PyDict d) {
                for (Map.Entry<HashKey, Value> e : d.entries()) {
                    Value key = e.getKey().value();
                    if (key instanceof PyStr || key instanceof PyInt) {
                        queue.add(new Object[] {path + "[" + repr.apply(key) + "]", e.getValue()});
                    }
                }
            }
        }
        String numbered = via + " (object " + (paths.size() + 1) + ")";
        paths.put(object, numbered);
        return numbered;
    }
}
