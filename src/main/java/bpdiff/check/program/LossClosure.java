package bpdiff.check.program;

import bpdiff.program.tape.IntStack;
import bpdiff.program.tape.NodeSet;
import bpdiff.program.tape.Tape;
import java.util.Set;

/**
 * What a loss depends on at its weights: its ancestry on the tape, walked back no further than the values given as
 * the weights (each of them in it, their inputs not).
 *
 * <p>A loss added up sample by sample ({@code loss = loss + term}) depends on the loss before it, and then its closure
 * is that one's and the term's: only the term is walked, so an epoch of n samples costs n, not n². The earlier
 * closure's set is taken over, not copied; it is not asked again.
 */
final class LossClosure {

    private final int loss;
    private final Set<Integer> weights;
    private final NodeSet nodes;

    private LossClosure(int loss, Set<Integer> weights, NodeSet nodes) {
        this.loss = loss;
        this.weights = weights;
        this.nodes = nodes;
    }

    /**
     * @param tape the tape
     * @param loss the loss's node (negative, or released from the tape: an empty closure)
     * @param weights the values not walked through
     * @param previous the closure asked for before, at the same weights, that this one may extend; or {@code null}
     * @return the closure
     */
    static LossClosure of(Tape tape, int loss, Set<Integer> weights, LossClosure previous) {
        if (loss < 0 || tape.isReleased(loss)) {
            return new LossClosure(loss, weights, new NodeSet(tape));
        }
        if (previous != null && previous.weights.equals(weights) && !weights.contains(previous.loss)
                && !weights.contains(loss)) {
            if (previous.loss == loss) {
                return previous;
            }
            if (!previous.nodes.contains(loss)) {
                NodeSet term = new NodeSet(tape);
                if (walk(tape, loss, weights, term, previous)) {
                    for (int id : term.toArray()) {
                        previous.nodes.add(id);
                    }
                    return new LossClosure(loss, weights, previous.nodes);
                }
            }
        }
        NodeSet all = new NodeSet(tape);
        walk(tape, loss, weights, all, null);
        return new LossClosure(loss, weights, all);
    }

    /**
     * Adds to {@code into} the ancestry of {@code root} down to the weights, leaving out what {@code previous} holds.
     *
     * @return whether the walk reached the previous loss
     */
    private static boolean walk(Tape tape, int root, Set<Integer> weights, NodeSet into, LossClosure previous) {
        boolean reached = false;
        IntStack todo = new IntStack();
        todo.push(root);
        into.add(root);
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (weights.contains(id)) {
                continue;
            }
            for (int input : tape.node(id).inputs()) {
                if (previous != null && previous.nodes.contains(input)) {
                    reached |= input == previous.loss;
                } else if (into.add(input)) {
                    todo.push(input);
                }
            }
        }
        return reached;
    }

    /**
     * @param node a node
     * @return whether the loss depends on it
     */
    boolean contains(int node) {
        return nodes.contains(node);
    }
}
