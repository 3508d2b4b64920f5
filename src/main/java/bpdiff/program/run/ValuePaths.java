package bpdiff.program.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a recorded number lives among a program's variables, as an expression the program could write: the weights
 * of the first layer in {@code layers = [Dense(2, 3), Sigmoid(), Dense(3, 1)]} are {@code layers[0].W}, whatever
 * loop variable ({@code for layer in layers: layer.W -= lr * layer.dW}) updates them.
 *
 * <p>The search is breadth first from the module's variables (but for those holding an element of a list, tuple or
 * dict another variable holds: a loop variable), through list and tuple elements, dict values under
 * string and number keys, and objects' attributes, at most {@value #DEPTH} steps deep and {@value #VISITS} values
 * wide, so that its cost is bounded whatever the program holds.
 */
public final class ValuePaths {

    /** The longest path: a variable and five steps ({@code network[1][0].weights[0]}). */
    static final int DEPTH = 5;
    /** The most values looked at. */
    static final int VISITS = 10_000;

    private ValuePaths() {}

    private record Step(Value value, String path, int depth) {}

    /**
     * @param scope the variables where the number is seen
     * @param node the number's tape node
     * @param skip variables not to start from (the loop variable that holds the object in turn)
     * @return the shortest path to a value with that node, or {@code null} if none is found
     */
    public static String of(Scope scope, int node, Set<String> skip) {
        if (node < 0) {
            return null;
        }
        Map<Value, Boolean> elements = new IdentityHashMap<>();
        scope.globals().values().forEach(v -> elementsOf(v).forEach(e -> elements.put(e, Boolean.TRUE)));
        Deque<Step> todo = new ArrayDeque<>();
        scope.globals().forEach((name, v) -> {
            // a variable holding an element of a list (the loop variable of for layer in layers) is no home of it
            if (!skip.contains(name) && !name.startsWith("__") && !elements.containsKey(v)) {
                todo.add(new Step(v, name, 0));
            }
        });
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        int visits = 0;
        while (!todo.isEmpty() && visits++ < VISITS) {
            Step s = todo.poll();
            Value v = s.value();
            if (v == null || seen.put(v, Boolean.TRUE) != null) {
                continue;
            }
            if (Numbers.node(v) == node && (v instanceof PyArray || v instanceof PyFloat)) {
                return s.path();
            }
            if (s.depth() == DEPTH) {
                continue;
            }
            int next = s.depth() + 1;
            if (v instanceof PyList l) {
                for (int k = 0; k < l.items().size(); k++) {
                    todo.add(new Step(l.items().get(k), s.path() + "[" + k + "]", next));
                }
            } else if (v instanceof PyTuple t) {
                for (int k = 0; k < t.items().size(); k++) {
                    todo.add(new Step(t.items().get(k), s.path() + "[" + k + "]", next));
                }
            } else if (v instanceof PyDict d) {
                for (Map.Entry<HashKey, Value> e : d.entries()) {
                    Value key = e.getKey().value();
                    if (key instanceof PyStr || key instanceof PyInt) {
                        todo.add(new Step(e.getValue(), s.path() + "[" + Formatting.repr(key) + "]", next));
                    }
                }
            } else if (v instanceof PyInstance o) {
                o.attributes().forEach((name, a) -> todo.add(new Step(a, s.path() + "." + name, next)));
            }
        }
        return null;
    }

    private static List<Value> elementsOf(Value v) {
        if (v instanceof PyList l) {
            return l.items();
        }
        if (v instanceof PyTuple t) {
            return t.items();
        }
        if (v instanceof PyDict d) {
            List<Value> values = new ArrayList<>();
            d.entries().forEach(e -> values.add(e.getValue()));
            return values;
        }
        return List.of();
    }
}
