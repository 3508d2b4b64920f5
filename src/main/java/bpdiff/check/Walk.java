package bpdiff.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One run through a derivation, line by line, as Python would run it.
 *
 * <p>Every line sees the network's values and the lines above it. A line that fails (division by zero,
 * a value that is not finite) gets no value, and the lines that use it are not evaluated; the rest go
 * on. With an {@code override}, a checked line's value is replaced by the true one before the lines
 * below see it: that run tells a line's own mistake from one it inherits.
 */
final class Walk {

    private final List<Double> values = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Map<String, Double>> before = new ArrayList<>();
    private final List<Map<String, Integer>> assignedBefore = new ArrayList<>();

    private Walk() {}

    /**
     * Runs a derivation.
     *
     * @param derivation the checked file
     * @param network the value of every known name
     * @param override for an assignment index, the value the lines below should see instead, or
     *     {@code null} to keep the line's own; may itself be {@code null}
     * @return the values and errors of every assignment
     */
    static Walk run(Derivation derivation, Map<String, Double> network, IntFunction<Double> override) {
        Walk walk = new Walk();
        Map<String, Double> current = new HashMap<>(network);
        Map<String, Integer> assignedOn = new HashMap<>();
        Map<String, Integer> failedOn = new HashMap<>();
        List<Assignment> all = derivation.assignments();
        for (Derivation.Statement statement : derivation.statements()) {
            Map<String, Double> seen = Collections.unmodifiableMap(new LinkedHashMap<>(current));
            Map<String, Integer> seenAssigned = Collections.unmodifiableMap(new LinkedHashMap<>(assignedOn));
            for (int a = statement.from(); a < statement.to(); a++) {
                walk.before.add(seen);
                walk.assignedBefore.add(seenAssigned);
                walk.evaluate(all.get(a), seen, failedOn, derivation);
            }
            for (int a = statement.from(); a < statement.to(); a++) {
                String name = all.get(a).name();
                Double replaced = override == null ? null : override.apply(a);
                Double value = replaced != null ? replaced : walk.values.get(a);
                assignedOn.put(name, statement.line());
                if (value == null) {
                    current.remove(name);
                    failedOn.put(name, statement.line());
                } else {
                    current.put(name, value);
                    failedOn.remove(name);
                }
            }
        }
        return walk;
    }

    private void evaluate(Assignment assignment, Map<String, Double> seen, Map<String, Integer> failedOn,
            Derivation derivation) {
        for (String used : ExprEdits.names(assignment.expression())) {
            Integer failed = failedOn.get(used);
            if (failed != null && !seen.containsKey(used)) {
                values.add(null);
                errors.add("not evaluated: uses " + used + " from line " + failed + ", which failed");
                return;
            }
        }
        try {
            values.add(FormulaEvaluator.evaluate(assignment.expression(), seen));
            errors.add(null);
        } catch (EvaluationException e) {
            values.add(null);
            errors.add(e.getMessage());
        }
    }

    /**
     * @param assignment an index into the derivation's assignments
     * @return its value, or {@code null} if it failed
     */
    Double value(int assignment) {
        return values.get(assignment);
    }

    /**
     * @param assignment an index into the derivation's assignments
     * @return why it has no value, or {@code null}
     */
    String error(int assignment) {
        return errors.get(assignment);
    }

    /**
     * @param assignment an index into the derivation's assignments
     * @return the values its line saw
     */
    Map<String, Double> before(int assignment) {
        return before.get(assignment);
    }

    /**
     * @param assignment an index into the derivation's assignments
     * @return for every name assigned above it, the line of its latest assignment
     */
    Map<String, Integer> assignedBefore(int assignment) {
        return assignedBefore.get(assignment);
    }
}
