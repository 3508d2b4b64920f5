package bpdiff.program.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables one running piece of code sees: the module's, and for a function call its own locals (the
 * names Python decides are local: parameters and everything it assigns, unless declared {@code global}).
 * A comprehension adds its loop variables on top of the frame it runs in.
 */
final class Frame {

    private final Map<String, Value> globals;
    private final Map<String, Value> locals;
    private final Set<String> localNames;
    private final String function;
    private final Frame enclosing;

    private Frame(Map<String, Value> globals, Map<String, Value> locals, Set<String> localNames, String function,
            Frame enclosing) {
        this.globals = globals;
        this.locals = locals;
        this.localNames = localNames;
        this.function = function;
        this.enclosing = enclosing;
    }

    /**
     * @param globals the module's variables
     * @return the module's frame
     */
    static Frame module(Map<String, Value> globals) {
        return new Frame(globals, null, Set.of(), null, null);
    }

    /**
     * @param globals the module's variables
     * @param f the called function
     * @return a fresh frame for one call of it
     */
    static Frame call(Map<String, Value> globals, PyFunction f) {
        return new Frame(globals, new HashMap<>(), f.locals(), f.def().name(), null);
    }

    /** @return a frame for a comprehension's loop variables over this one */
    Frame comprehension() {
        return new Frame(globals, new HashMap<>(), Set.of(), function, this);
    }

    /**
     * @param name a variable
     * @return its value, or {@code null} if it is not bound (yet)
     * @throws ProgramError for a local variable read before it is assigned
     */
    Value lookup(String name) {
        if (enclosing != null) {
            Value v = locals.get(name);
            return v != null ? v : enclosing.lookup(name);
        }
        if (locals != null && localNames.contains(name)) {
            Value v = locals.get(name);
            if (v == null) {
                throw new ProgramError("local variable '" + name + "' is used before it is assigned in "
                        + function + "()");
            }
            return v;
        }
        return globals.get(name);
    }

    /**
     * Binds a variable where Python would: in the comprehension, the function's locals, or the module.
     *
     * @param name the variable
     * @param value its value
     */
    void assign(String name, Value value) {
        if (enclosing != null || locals != null && localNames.contains(name)) {
            locals.put(name, value);
        } else {
            globals.put(name, value);
        }
    }

    /** @return the function's variables (of a comprehension: the enclosing frame's and its own) */
    Map<String, Value> locals() {
        if (enclosing != null) {
            Map<String, Value> all = new HashMap<>(enclosing.locals());
            all.putAll(locals);
            return all;
        }
        return locals == null ? Map.of() : locals;
    }

    /** @return the module's variables */
    Map<String, Value> globals() {
        return globals;
    }

    /** @return the function's name, or {@code null} at module level */
    String function() {
        return function;
    }
}
