package bpdiff.program.run;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a value holds an object of a class (itself, or in a list, tuple, dict or set, at any depth): formatting it
 * runs a {@code __str__} or {@code __repr__} of the program's, which may raise or never end. A {@code print} whose
 * output goes nowhere formats only such values, so that it fails where CPython's would and costs nothing otherwise.
 */
final class ProgramObjects {

    /** Past this many items looked at, the answer is yes: the value is formatted, as CPython would format it. */
    static final int MOST_ITEMS = 100_000;

    private ProgramObjects() {}

    /**
     * @param v a value
     * @return whether formatting it may run the program's code (or it is too large to tell cheaply)
     */
    static boolean reached(Value v) {
        Set<Value> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Value> open = new ArrayDeque<>();
        open.push(v);
        int items = 0;
        while (!open.isEmpty()) {
            Value next = open.pop();
            if (next instanceof PyInstance) {
                return true;
            }
            if (++items > MOST_ITEMS) {
                return true;
            }
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof PyList l) {
                l.items().forEach(open::push);
            } else if (next instanceof PyTuple t) {
                t.items().forEach(open::push);
            } else if (next instanceof PySet s) {
                s.iterator().forEachRemaining(open::push);
            } else if (next instanceof PyDict d) {
                for (Map.Entry<HashKey, Value> e : d.entries()) {
                    open.push(e.getKey().value());
                    open.push(e.getValue());
                }
            }
        }
        return false;
    }
}
