package bpdiff.program.run;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables one line of the program saw, frozen at that moment: what a claim's formula is evaluated in again
 * when its mistake is diagnosed, and where a claim's target is looked up. Taking one costs a copy of the frame's
 * references (the interpreter takes one at every claim and update); the maps are built only when asked for.
 */
public final class Scope {

    private final String[] localNames;
    private final Value[] localValues;
    private final String[] globalNames;
    private final Value[] globalValues;
    private final String function;
    /** Whether the variables are a program object's attributes ({@link #ofAttributes}). */
    private boolean object;
    private Map<String, Value> locals;
    private Map<String, Value> globals;

    /**
     * A scope of given variables.
     *
     * @param locals the function's variables (empty at module level)
     * @param globals the module's variables
     * @param function the function's name, or {@code null} at module level
     */
    public Scope(Map<String, Value> locals, Map<String, Value> globals, String function) {
        this.locals = Collections.unmodifiableMap(new LinkedHashMap<>(locals));
        this.globals = Collections.unmodifiableMap(new LinkedHashMap<>(globals));
        this.localNames = null;
        this.localValues = null;
        this.globalNames = null;
        this.globalValues = null;
        this.function = function;
    }

    private Scope(Map<String, Value> locals, Map<String, Value> globals, String function, boolean frozen) {
        this.localNames = new String[locals.size()];
        this.localValues = new Value[locals.size()];
        freeze(locals, localNames, localValues);
        this.globalNames = new String[globals.size()];
        this.globalValues = new Value[globals.size()];
        freeze(globals, globalNames, globalValues);
        this.function = function;
    }

    /**
     * @param name a variable
     * @return its value (a local one first), or {@code null}
     */
    public Value lookup(String name) {
        if (localNames == null) {
            Value local = locals.get(name);
            return local != null ? local : globals.get(name);
        }
        Value local = find(localNames, localValues, name);
        return local != null ? local : find(globalNames, globalValues, name);
    }

    private static Value find(String[] names, Value[] values, String name) {
        int hash = name.hashCode();
        for (int k = 0; k < names.length; k++) {
            if (names[k].hashCode() == hash && names[k].equals(name)) {
                return values[k];
            }
        }
        return null;
    }

    /** @return the function's variables (empty at module level) */
    public Map<String, Value> locals() {
        if (locals == null) {
            locals = map(localNames, localValues);
        }
        return locals;
    }

    /** @return the module's variables */
    public Map<String, Value> globals() {
        if (globals == null) {
            globals = map(globalNames, globalValues);
        }
        return globals;
    }

    /**
     * Visits every variable as {@link #globals()} then {@link #locals()} would give them, without building the maps.
     *
     * @param action called with each variable's name and value
     */
    public void forEachVariable(java.util.function.BiConsumer<String, Value> action) {
        if (localNames == null) {
            globals.forEach(action);
            locals.forEach(action);
            return;
        }
        visit(globalNames, globalValues, action);
        visit(localNames, localValues, action);
    }

    private static void visit(String[] names, Value[] values, java.util.function.BiConsumer<String, Value> action) {
        for (int k = 0; k < names.length; k++) {
            if (values[k] != null) {
                action.accept(names[k], values[k]);
            }
        }
    }

    /** @return the function's name, or {@code null} at module level */
    public String function() {
        return function;
    }

    /**
     * @param frame the variables of the running code
     * @return them, frozen (an array's value as it is now)
     */
    static Scope of(Frame frame) {
        return new Scope(frame.locals(), frame.globals(), frame.function(), true);
    }

    /**
     * The attributes of a program object as the variables a claim made on it reads ({@code self.dweights} reads
     * {@code self.weights}), frozen as they are now.
     *
     * @param attributes the object's attributes
     * @param function the running function's name, or {@code null} at module level
     * @return the scope
     */
    static Scope ofAttributes(Map<String, Value> attributes, String function) {
        Scope scope = new Scope(Map.of(), attributes, function, true);
        scope.object = true;
        return scope;
    }

    /** @return whether the variables are a program object's attributes ({@code self.weights} for {@code self.dweights}) */
    public boolean ofObject() {
        return object;
    }

    private static void freeze(Map<String, Value> variables, String[] names, Value[] values) {
        int[] k = {0};
        variables.forEach((name, value) -> {
            names[k[0]] = name;
            values[k[0]++] = value instanceof PyArray a ? a.frozen() : value;
        });
    }

    private static Map<String, Value> map(String[] names, Value[] values) {
        Map<String, Value> map = new HashMap<>(names.length * 2);
        for (int k = 0; k < names.length; k++) {
            if (values[k] != null) {
                map.put(names[k], values[k]);
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
