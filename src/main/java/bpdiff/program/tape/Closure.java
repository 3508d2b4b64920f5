package bpdiff.program.tape;

import bpdiff.program.array.NdArray;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The part of the tape one computation of the loss depends on: every node on a path from the loss back to a
 * leaf or to a cut node. The cut nodes are the parameters' values at this epoch; the replay starts from them,
 * so the gradient is \( \partial L / \partial w \) at the epoch's own weights, not through earlier epochs.
 *
 * @param tape the tape
 * @param loss the loss's node, or −1 for the closure of several nodes ({@link #ofAll})
 * @param nodes the nodes, ascending (inputs before the nodes that use them)
 * @param cut the nodes read as leaves although they were computed (a view of the caller's set, not a copy: every
 *     epoch cuts at every parameter value of the run)
 * @param differentiable the nodes the loss depends on differentiably (not only through a comparison or the
 *     condition of a {@code where})
 */
public record Closure(Tape tape, int loss, int[] nodes, Set<Integer> cut, NodeSet differentiable) {

    /**
     * Finds the closure of a loss.
     *
     * @param tape the tape
     * @param loss the loss's node
     * @param cut the nodes to read as leaves
     * @return the closure
     */
    public static Closure of(Tape tape, int loss, Set<Integer> cut) {
        return over(tape, loss, ancestors(tape, List.of(loss), id -> id == loss || !cut.contains(id)).toArray(), cut);
    }

    /**
     * The closure of a loss over given nodes: the loss is differentiable, and so is input p of every differentiable
     * node that is not cut when {@link #isDifferentiable}{@code (op, p)}.
     *
     * @param tape the tape
     * @param loss the loss's node
     * @param nodes the nodes, ascending: the loss, the nodes it depends on and the cut nodes where that stops
     * @param cut the nodes to read as leaves
     * @return the closure
     */
    public static Closure over(Tape tape, int loss, int[] nodes, Set<Integer> cut) {
        NodeSet differentiable = new NodeSet(tape);
        differentiable.add(loss);
        for (int k = nodes.length - 1; k >= 0; k--) {
            int id = nodes[k];
            if (!differentiable.contains(id) || id != loss && cut.contains(id)) {
                continue;
            }
            TapeNode node = tape.node(id);
            for (int p = 0; p < node.inputs().length; p++) {
                if (isDifferentiable(node.op(), p)) {
                    differentiable.add(node.inputs()[p]);
                }
            }
        }
        return new Closure(tape, loss, nodes, Collections.unmodifiableSet(cut), differentiable);
    }

    /**
     * @param tape the tape
     * @param roots some nodes
     * @param opens whether the walk goes on from a node to its inputs
     * @return the roots and every node they were computed from, not beyond a node that {@code opens} refuses
     */
    public static NodeSet ancestors(Tape tape, Collection<Integer> roots, IntPredicate opens) {
        NodeSet seen = new NodeSet(tape);
        IntStack todo = new IntStack();
        for (int root : roots) {
            if (seen.add(root)) {
                todo.push(root);
            }
        }
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (!opens.test(id)) {
                continue;
            }
            for (int input : tape.node(id).inputs()) {
                if (seen.add(input)) {
                    todo.push(input);
                }
            }
        }
        return seen;
    }

    /**
     * @param tape the tape
     * @param root a node
     * @param found what is looked for
     * @return whether the root or a node it was computed from is found (the walk stops at the first)
     */
    public static boolean reaches(Tape tape, int root, IntPredicate found) {
        boolean[] reached = {false};
        ancestors(tape, List.of(root), id -> !reached[0] && !(reached[0] = found.test(id)));
        return reached[0];
    }

    /**
     * The nodes several values depend on, down to leaves and cut nodes: what a hand-written backward pass
     * computed its claims from. It has no loss, so nothing in it is differentiable.
     *
     * @param tape the tape
     * @param roots the values
     * @param cut the nodes to read as leaves
     * @return the closure, with loss −1
     */
    public static Closure ofAll(Tape tape, Collection<Integer> roots, Set<Integer> cut) {
        return new Closure(tape, -1, ancestors(tape, roots, id -> !cut.contains(id)).toArray(),
                Collections.unmodifiableSet(cut), new NodeSet(tape));
    }

    /**
     * @param op an operation
     * @param position one of its inputs
     * @return whether a derivative flows back through that input (not into a comparison, not into the
     *     condition of a {@code where}, not into the weights of a {@link Op#GRAD})
     */
    public static boolean isDifferentiable(Op op, int position) {
        return !op.isComparison() && !(op == Op.WHERE && position == 0) && !(op == Op.GRAD && position == 0);
    }

    /**
     * @param id a node of the closure
     * @return whether the replay reads it as a leaf
     */
    public boolean isLeaf(int id) {
        return tape.node(id).isLeaf() || id != loss && cut.contains(id);
    }

    /**
     * @param id a node of the closure
     * @return whether it gets a gradient: the loss depends on it differentiably and it is not an unnamed literal
     */
    public boolean wantsGradient(int id) {
        TapeNode node = tape.node(id);
        return differentiable.contains(id) && !(node.isLeaf() && node.constant());
    }

    /**
     * @param id a node
     * @return whether it is in the closure
     */
    public boolean contains(int id) {
        return Arrays.binarySearch(nodes, id) >= 0;
    }

    /**
     * The floating-point operations of its forward pass, \( \sum \) {@link Op#work} over the nodes it computes (its
     * leaves are read, not computed): what a replay of it costs, before it runs.
     *
     * @return the sum, {@link Long#MAX_VALUE} if more
     */
    public long work() {
        long sum = 0;
        for (int id : nodes) {
            if (isLeaf(id)) {
                continue;
            }
            TapeNode node = tape.node(id);
            NdArray[] in = new NdArray[node.inputs().length];
            for (int p = 0; p < in.length; p++) {
                in[p] = tape.node(node.inputs()[p]).value();
            }
            long w = node.op().work(node.args(), in);
            sum = sum + w < sum ? Long.MAX_VALUE : sum + w;
        }
        return sum;
    }
}
