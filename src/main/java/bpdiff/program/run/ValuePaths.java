package bpdiff.program.run;

import bpdiff.program.syntax.AssignedNames;
import bpdiff.program.syntax.Children;
import bpdiff.program.syntax.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Where a value lives among a program's variables, as an expression the program could write: the weights of the
 * first layer in {@code layers = [Dense(2, 3), Sigmoid(), Dense(3, 1)]} are {@code layers[0].W} whatever loop
 * variable ({@code for layer in layers: layer.W -= lr * layer.dW}) or {@code self} steps them, and a micrograd
 * {@code Value} stepped by {@code for p in params: p.data += -lr * p.grad} is {@code w1} or
 * {@code n.layers[0].neurons[1].w[2]}.
 *
 * <p>The path is the first found breadth first from the running function's variables (by name), then the module's
 * (in the order they were made), leaving out the names given (the one the statement reaches the value by, the
 * program's loop variables) and those starting with {@code _}, through objects' attributes not starting with
 * {@code _}, list and tuple items, and dict values under string and number keys. At most {@value #VISITS} values are
 * looked at, so that its cost is bounded whatever the program holds. {@code tools/corpus_reference.py}'s
 * {@code path_of} names them the same way.
 */
public final class ValuePaths {

    /** The most values looked at. */
    static final int VISITS = 20_000;

    private ValuePaths() {}

    private record Step(Value value, String path) {}

    /**
     * @param locals the running function's variables (none at module level)
     * @param globals the module's variables
     * @param skip names not to start from
     * @param wanted the value looked for
     * @return the shortest path to a value {@code wanted} accepts, or {@code null} if none is found
     */
    public static String of(Map<String, Value> locals, Map<String, Value> globals, Set<String> skip,
            Predicate<Value> wanted) {
        String[] found = new String[1];
        walk(locals, globals, skip, (v, path) -> {
            if (wanted.test(v)) {
                found[0] = path;
                return true;
            }
            return false;
        });
        return found[0];
    }

    /**
     * Every value a predicate accepts among a program's variables, each with its path as {@link #of} finds it (the
     * weights of every {@code nn.Linear} of a model: {@code net.fc1.weight}), in the order met.
     *
     * @param locals the running function's variables (none at module level)
     * @param globals the module's variables
     * @param wanted the values looked for
     * @return each accepted value, once, and its shortest path
     */
    public static List<Map.Entry<Value, String>> every(Map<String, Value> locals, Map<String, Value> globals,
            Predicate<Value> wanted) {
        List<Map.Entry<Value, String>> found = new java.util.ArrayList<>();
        Map<Value, Boolean> met = new IdentityHashMap<>();
        walk(locals, globals, Set.of(), (v, path) -> {
            if (wanted.test(v) && met.put(v, Boolean.TRUE) == null) {
                found.add(Map.entry(v, path));
            }
            return false;
        });
        return found;
    }

    /** Breadth first over the values, until {@code visit} says to stop; at most {@value #VISITS} values. */
    private static void walk(Map<String, Value> locals, Map<String, Value> globals, Set<String> skip,
            java.util.function.BiPredicate<Value, String> visit) {
        Deque<Step> todo = new ArrayDeque<>();
        for (Map<String, Value> scope : List.of(new TreeMap<>(locals), globals)) {
            scope.forEach((name, v) -> {
                if (!skip.contains(name) && !name.startsWith("_")) {
                    todo.add(new Step(v, name));
                }
            });
        }
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        while (!todo.isEmpty() && seen.size() < VISITS) {
            Step s = todo.poll();
            Value v = s.value();
            if (v == null) {
                continue;
            }
            if (visit.test(v, s.path())) {
                return;
            }
            if (seen.put(v, Boolean.TRUE) != null) {
                continue;
            }
            if (v instanceof PyInstance o) {
                o.attributes().forEach((name, a) -> {
                    if (!name.startsWith("_")) {
                        todo.add(new Step(a, s.path() + "." + name));
                    }
                });
            } else if (v instanceof PyList l) {
                for (int k = 0; k < l.items().size(); k++) {
                    todo.add(new Step(l.items().get(k), s.path() + "[" + k + "]"));
                }
            } else if (v instanceof PyTuple t) {
                for (int k = 0; k < t.items().size(); k++) {
                    todo.add(new Step(t.items().get(k), s.path() + "[" + k + "]"));
                }
            } else if (v instanceof PyDict d) {
                for (Map.Entry<HashKey, Value> e : d.entries()) {
                    Value key = e.getKey().value();
                    if (key instanceof PyStr || key instanceof PyInt) {
                        todo.add(new Step(e.getValue(), s.path() + "[" + Formatting.repr(key) + "]"));
                    }
                }
            }
        }
    }

    /**
     * The values a scope holds in its dicts under a string key: {@code parameters['W1']} for {@code W1}, where a
     * course keeps its weights in a dict instead of variables.
     *
     * @param scope the variables
     * @param key the key
     * @return for each variable that is a dict with that key: the variable's name and the value, in the scope's order
     */
    public static List<Map.Entry<String, Value>> keyed(Scope scope, String key) {
        List<Map.Entry<String, Value>> found = new java.util.ArrayList<>();
        PyStr wanted = new PyStr(key);
        scope.forEachVariable((name, v) -> {
            Value entry = v instanceof PyDict d ? d.get(wanted) : null;
            if (entry != null) {
                found.add(Map.entry(name, entry));
            }
        });
        return found;
    }

    /**
     * @param node a tape node
     * @return whether a value is the number or array with that node
     */
    public static Predicate<Value> holding(int node) {
        return v -> (v instanceof PyFloat || v instanceof PyArray) && Numbers.node(v) == node;
    }

    /**
     * @param body a program's statements
     * @return the variables a {@code for} statement anywhere in it binds ({@code p} of {@code for p in params:}):
     *     the variables that name a different object at each step of a loop, no home of any
     */
    public static Set<String> loopVariables(List<Stmt> body) {
        Set<String> names = new HashSet<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.For f) {
                AssignedNames.targets(f.target(), names);
            }
            for (List<Stmt> block : Children.blocks(s)) {
                names.addAll(loopVariables(block));
            }
        }
        return names;
    }
}
