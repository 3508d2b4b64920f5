package bpdiff.check.program;

import bpdiff.program.BadProgramException;
import bpdiff.program.Problem;
import bpdiff.program.run.Events;
import bpdiff.program.run.PyArray;
import bpdiff.program.run.PyFloat;
import bpdiff.program.run.Trace;
import bpdiff.program.run.Value;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a program: the variables it updates by gradient descent ({@code w = w - lr * g},
 * {@code w -= lr * g}), followed through every epoch from the value before an update to the value after it,
 * or the variables {@code --params} names, at each computation of the loss.
 */
final class Parameters {

    /** For every node that holds a parameter's value at some epoch: the parameter's name. */
    private final Map<Integer, String> names = new HashMap<>();
    /** For the node an update made: the update. */
    private final Map<Integer, Events.Update> madeBy = new HashMap<>();
    /** The parameters in the order they were first met, with the line of their first update (0 if none). */
    private final Map<String, Integer> firstLine = new LinkedHashMap<>();

    /**
     * @param trace the run
     * @param named the {@code --params} names, empty to find the parameters by their updates
     * @return the parameters
     * @throws BadProgramException if a {@code --params} name holds no number when the loss is computed
     */
    static Parameters of(Trace trace, List<String> named) {
        Parameters p = new Parameters();
        for (Events.Update u : trace.updates()) {
            String name = p.names.getOrDefault(u.oldNode(), u.target());
            if (u.oldNode() >= 0) {
                p.names.put(u.oldNode(), name);
            }
            if (u.newNode() >= 0) {
                p.names.put(u.newNode(), name);
                p.madeBy.put(u.newNode(), u);
            }
            p.firstLine.putIfAbsent(name, u.span().line());
        }
        for (String name : named) {
            boolean found = false;
            for (Events.Loss loss : trace.losses()) {
                Value v = loss.scope().lookup(name);
                int node = v instanceof PyFloat f ? f.node() : v instanceof PyArray a ? a.node() : -1;
                if (node >= 0) {
                    p.names.putIfAbsent(node, name);
                    found = true;
                }
            }
            if (!found) {
                throw new BadProgramException(new Problem(Problem.Kind.USAGE, "--params " + name
                        + ": no variable " + name + " holds a number where the loss is computed",
                        trace.program().source(), 0, 0));
            }
            p.firstLine.putIfAbsent(name, 0);
        }
        return p;
    }

    /** @return every node that holds a parameter's value at some epoch */
    Set<Integer> nodes() {
        return names.keySet();
    }

    /**
     * @param node a node
     * @return the parameter it holds, or {@code null}
     */
    String nameOf(int node) {
        return names.get(node);
    }

    /**
     * @param node a node
     * @return the update that made it, or {@code null}
     */
    Events.Update madeBy(int node) {
        return madeBy.get(node);
    }

    /** @return the parameters' names in the order they were met */
    List<String> list() {
        return List.copyOf(firstLine.keySet());
    }

    /** @return whether there are none */
    boolean isEmpty() {
        return firstLine.isEmpty();
    }
}
