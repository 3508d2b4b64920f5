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

    private final List<BitSet> transitive;

    /**
     * Tracks the dependencies of a derivation whose names are already checked.
     *
     * @param derivation the parsed file
     */
    public Dependencies(Derivation derivation) {
        List<Assignment> all = derivation.assignments();
        transitive = new ArrayList<>(all.size());
        Map<String, Integer> latest = new HashMap<>();
        for (Derivation.Statement statement : derivation.statements()) {
            for (int k = statement.from(); k < statement.to(); k++) {
                BitSet closure = new BitSet();
                for (String name : ExprEdits.names(all.get(k).expression())) {
                    Integer source = latest.get(name);
                    if (source != null) {
                        closure.set(source);
                        closure.or(transitive.get(source));
                    }
                }
                transitive.add(closure);
            }
            for (int k = statement.from(); k < statement.to(); k++) {
                latest.put(all.get(k).name(), k);
            }
        }
    }

    /**
     * @param assignment an index into the derivation's assignments
     * @return every assignment its value depends on, not including itself
     */
    public BitSet transitive(int assignment) {
        return (BitSet) transitive.get(assignment).clone();
    }
}
