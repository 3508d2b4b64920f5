package bpdiff.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which assignment uses which: for every assignment, the earlier assignments whose values it reads,
 * directly and through other lines.
 *
 * <p>A name refers to its latest assignment on an earlier line; a name never assigned in the file
 * refers to the network's value (an input, parameter, forward quantity or the learning rate).
 */
public final class Dependencies {

    private final List<BitSet> direct;
    private final List<BitSet> transitive;

    /**
     * Tracks the dependencies of a derivation whose names are already checked.
     *
     * @param derivation the parsed file
     */
    public Dependencies(Derivation derivation) {
        List<Assignment> all = derivation.assignments();
        direct = new ArrayList<>(all.size());
        transitive = new ArrayList<>(all.size());
        Map<String, Integer> latest = new HashMap<>();
        Map<String, Integer> pending = new HashMap<>();
        int currentLine = -1;
        for (int k = 0; k < all.size(); k++) {
            Assignment assignment = all.get(k);
            if (assignment.line() != currentLine) {
                latest.putAll(pending);
                pending.clear();
                currentLine = assignment.line();
            }
            BitSet uses = new BitSet();
            BitSet closure = new BitSet();
            for (Expr.Name name : NameCheck.names(assignment.expression())) {
                Integer source = latest.get(name.name());
                if (source != null) {
                    uses.set(source);
                    closure.set(source);
                    closure.or(transitive.get(source));
                }
            }
            direct.add(uses);
            transitive.add(closure);
            pending.put(assignment.name(), k);
        }
    }

    /**
     * @param assignment an index into the derivation's assignments
     * @return the assignments it reads directly
     */
    public BitSet direct(int assignment) {
        return (BitSet) direct.get(assignment).clone();
    }

    /**
     * @param assignment an index into the derivation's assignments
     * @return every assignment its value depends on, not including itself
     */
    public BitSet transitive(int assignment) {
        return (BitSet) transitive.get(assignment).clone();
    }
}
