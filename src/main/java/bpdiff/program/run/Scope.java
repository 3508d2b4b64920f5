package bpdiff.program.run;

import java.util.Map;

/**
 * The variables a line of the program saw, frozen when it ran: arrays keep the content they had then,
 * whatever the program did to them later (numpy changes arrays in place). Lists are not copied: a program
 * appends to them every epoch, and a copy per line would grow with the square of the epochs. A candidate
 * correction of the line is computed in it.
 *
 * @param locals the function's local variables (empty at module level)
 * @param globals the module's variables
 * @param function the function the line is in, or {@code null} at module level
 */
public record Scope(Map<String, Value> locals, Map<String, Value> globals, String function) {

    /** Makes the maps unmodifiable. */
    public Scope {
        locals = Map.copyOf(locals);
        globals = Map.copyOf(globals);
    }

    /**
     * @param name a variable
     * @return its value as the line saw it (local first, then global), or {@code null}
     */
    public Value lookup(String name) {
        Value local = locals.get(name);
        return local != null ? local : globals.get(name);
    }

    /**
     * Freezes the variables of a frame.
     *
     * @param frame the frame
     * @return the snapshot
     */
    static Scope of(Frame frame) {
        return new Scope(freeze(frame.locals()), freeze(frame.globals()), frame.function());
    }

    /** Straight into an unmodifiable map, which the record's {@code Map.copyOf} keeps as it is (no second copy). */
    @SuppressWarnings("unchecked")
    private static Map<String, Value> freeze(Map<String, Value> variables) {
        Map.Entry<String, Value>[] frozen = new Map.Entry[variables.size()];
        int k = 0;
        for (Map.Entry<String, Value> e : variables.entrySet()) {
            frozen[k++] = Map.entry(e.getKey(), freeze(e.getValue()));
        }
        return Map.ofEntries(frozen);
    }

    private static Value freeze(Value value) {
        return value instanceof PyArray a ? a.frozen() : value;
    }
}
