package bpdiff.program.run;

import bpdiff.program.syntax.Symbols;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables one running piece of code sees, resolved by {@link Symbols}: a function's locals (a name it
 * binds and reads before binding is an {@code UnboundLocalError}), its free variables in the frames of
 * the enclosing functions (a closure keeps the frame it was defined in), the module's globals, then the
 * built-ins. A class body's names go to the class's namespace and are not seen by its methods. A frame
 * without {@link Symbols} (the variables a line saw, for a candidate correction) looks a name up in its own
 * variables, then the enclosing frame's, then the module's.
 */
final class Frame {

    private enum Sort { MODULE, FUNCTION, CLASS, DYNAMIC }

    private final Sort sort;
    private final Symbols.Block block;
    private final Map<String, Value> globals;
    private final Map<String, Value> locals;
    private final Frame enclosing;
    private final String function;
    private final Cell classCell;

    private Frame(Sort sort, Symbols.Block block, Map<String, Value> globals, Map<String, Value> locals,
            Frame enclosing, String function, Cell classCell) {
        this.sort = sort;
        this.block = block;
        this.globals = globals;
        this.locals = locals;
        this.enclosing = enclosing;
        this.function = function;
        this.classCell = classCell;
    }

    /**
     * @param globals the module's variables
     * @return the module's frame
     */
    static Frame module(Map<String, Value> globals) {
        return new Frame(Sort.MODULE, null, globals, globals, null, null, null);
    }

    /**
     * @param globals the module's variables
     * @param locals the variables a line saw
     * @return a frame that looks names up in {@code locals}, then {@code globals}
     */
    static Frame snapshot(Map<String, Value> globals, Map<String, Value> locals) {
        return new Frame(Sort.DYNAMIC, null, globals, new HashMap<>(locals), null, null, null);
    }

    /**
     * @param f the called function
     * @return a fresh frame for one call of it
     */
    static Frame call(PyFunction f) {
        return new Frame(f.block() == null ? Sort.DYNAMIC : Sort.FUNCTION, f.block(), f.globals(), new HashMap<>(),
                f.enclosing(), f.qualname(), f.classCell());
    }

    /**
     * @param block the class body's names
     * @param name the class's qualified name
     * @param cell the cell that will hold the class, for {@code super()} in its methods
     * @return the frame its body runs in; its variables become the class's attributes
     */
    Frame classBody(Symbols.Block block, String name, Cell cell) {
        return new Frame(block == null ? Sort.DYNAMIC : Sort.CLASS, block, globals, new LinkedHashMap<>(),
                closureScope(), name, cell);
    }

    /**
     * @param comprehension the comprehension's names, or {@code null} if unknown
     * @return the frame a comprehension's loop runs in
     */
    Frame comprehension(Symbols.Block comprehension) {
        return new Frame(comprehension == null ? Sort.DYNAMIC : Sort.FUNCTION, comprehension, globals, new HashMap<>(),
                sort == Sort.DYNAMIC ? this : closureScope(), function, classCell);
    }

    /** @return the frame that functions defined here see as enclosing: none at module level, none of a class's */
    Frame closureScope() {
        return switch (sort) {
            case MODULE -> null;
            case CLASS -> enclosing;
            default -> this;
        };
    }

    /** @return whether this is a class body's frame */
    boolean isClassBody() {
        return sort == Sort.CLASS;
    }

    /**
     * @param name a variable
     * @return its value, or {@code null} if it is bound nowhere (a {@code NameError})
     * @throws ProgramError {@code UnboundLocalError} for a local variable read before it is assigned, or
     *     {@code NameError} for a free variable of an enclosing function not yet assigned
     */
    Value lookup(String name) {
        switch (sort) {
            case MODULE:
                return global(name);
            case DYNAMIC: {
                Value v = locals.get(name);
                if (v != null) {
                    return v;
                }
                return enclosing != null ? enclosing.lookup(name) : global(name);
            }
            case CLASS: {
                Value v = locals.get(name);
                if (v != null) {
                    return v;
                }
                return block.kind(name) == Symbols.Kind.FREE ? outer(name) : global(name);
            }
            default:
                break;
        }
        Symbols.Kind kind = block.kind(name);
        if (kind == Symbols.Kind.LOCAL || kind == Symbols.Kind.CELL) {
            Value v = locals.get(name);
            if (v == null) {
                throw ProgramError.of("UnboundLocalError", "cannot access local variable '" + name
                        + "' where it is not associated with a value");
            }
            return v;
        }
        if (kind == Symbols.Kind.GLOBAL_EXPLICIT || kind == Symbols.Kind.GLOBAL_IMPLICIT) {
            return global(name);
        }
        if (kind == null) {
            Value v = locals.get(name);
            if (v != null) {
                return v;
            }
        }
        return outer(name);
    }

    private Value outer(String name) {
        for (Frame f = enclosing; f != null; f = f.enclosing) {
            if (f.sort == Sort.DYNAMIC) {
                Value v = f.locals.get(name);
                if (v != null) {
                    return v;
                }
            } else if (f.block != null && f.block.binds(name)) {
                Value v = f.locals.get(name);
                if (v == null) {
                    throw ProgramError.of("NameError", "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope");
                }
                return v;
            }
        }
        return global(name);
    }

    private Value global(String name) {
        Value v = globals.get(name);
        return v != null ? v : BuiltinNames.value(name);
    }

    /**
     * Binds a variable where Python would: the function's locals (or the enclosing function's for a
     * {@code nonlocal} name), the class's namespace, or the module.
     *
     * @param name the variable
     * @param value its value
     */
    void assign(String name, Value value) {
        Map<String, Value> target = where(name);
        target.put(name, value);
    }

    /**
     * {@code del name}.
     *
     * @param name the variable
     * @throws ProgramError {@code NameError} or {@code UnboundLocalError} if it is not bound
     */
    void delete(String name) {
        Map<String, Value> target = where(name);
        if (target.remove(name) == null) {
            if (target == globals) {
                throw ProgramError.of("NameError", "name '" + name + "' is not defined");
            }
            throw ProgramError.of("UnboundLocalError", "cannot access local variable '" + name
                    + "' where it is not associated with a value");
        }
    }

    private Map<String, Value> where(String name) {
        if (sort == Sort.MODULE) {
            return globals;
        }
        if (sort == Sort.DYNAMIC) {
            return locals;
        }
        Symbols.Kind kind = block.kind(name);
        if (kind == Symbols.Kind.GLOBAL_EXPLICIT) {
            return globals;
        }
        if (kind == Symbols.Kind.FREE) {
            for (Frame f = enclosing; f != null; f = f.enclosing) {
                if (f.sort == Sort.DYNAMIC && f.locals.containsKey(name) || f.block != null && f.block.binds(name)) {
                    return f.locals;
                }
            }
            return globals;
        }
        return locals;
    }

    /** @return the function's variables (of a comprehension: the enclosing function's and its own) */
    Map<String, Value> locals() {
        if (sort == Sort.MODULE) {
            return Map.of();
        }
        if (block != null && block.isComprehension() && enclosing != null) {
            Map<String, Value> all = new HashMap<>(enclosing.locals());
            all.putAll(locals);
            return all;
        }
        return locals;
    }

    /** @return the module's variables */
    Map<String, Value> globals() {
        return globals;
    }

    /** @return the function's qualified name, or {@code null} at module level */
    String function() {
        return function;
    }

    /** @return the names of the code running here, or {@code null} if unknown */
    Symbols.Block block() {
        return block;
    }

    /** @return the cell of the class whose method this is (or whose body runs), or {@code null} */
    Cell classCell() {
        return classCell;
    }
}
