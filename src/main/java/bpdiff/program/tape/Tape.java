package bpdiff.program.tape;

import bpdiff.program.LimitExceededException;
import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of every arithmetic and numpy operation a program computed, in the order it computed them:
 * its forward passes, losses and hand-written backward passes. Values with no recorded origin are
 * {@link Op#LEAF}s. Each node remembers the first variable its value was assigned to.
 */
public final class Tape {

    private final List<TapeNode> nodes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Integer> nameDepths = new ArrayList<>();
    private final int limit;

    /**
     * @param limit the most nodes the tape holds
     */
    public Tape(int limit) {
        this.limit = limit;
    }

    /**
     * Records a leaf; a named one is then {@link #name named} at its depth by the caller.
     *
     * @param value its value
     * @param name the variable it is assigned to, or {@code null} for an unnamed literal
     * @param line where, 1-based
     * @param column where, 1-based
     * @return its id
     */
    public int leaf(NdArray value, String name, int line, int column) {
        return add(new TapeNode(nodes.size(), Op.LEAF, OpArgs.NONE, new int[0], value, line, column, name == null),
                name);
    }

    /**
     * Records an operation.
     *
     * @param op the operation
     * @param args its arguments
     * @param inputs the ids of its inputs
     * @param value the value computed
     * @param line where, 1-based
     * @param column where, 1-based
     * @return its id
     */
    public int op(Op op, OpArgs args, int[] inputs, NdArray value, int line, int column) {
        return add(new TapeNode(nodes.size(), op, args, inputs.clone(), value, line, column, false), null);
    }

    private int add(TapeNode node, String name) {
        if (nodes.size() >= limit) {
            throw new LimitExceededException("the program computed more than " + limit + " recorded operations, "
                    + "bpdiff's limit (run fewer epochs: a few are enough to check the gradients)");
        }
        nodes.add(node);
        names.add(name);
        nameDepths.add(Integer.MAX_VALUE);
        return node.id();
    }

    /**
     * Names a node after a variable it is assigned to. The name given closest to the module level wins (a
     * sigmoid's local {@code a} gives way to the caller's {@code out_h1}); among equals, the first.
     *
     * @param id the node
     * @param name the variable
     * @param depth how many calls deep the assignment is (0 at module level)
     */
    public void name(int id, String name, int depth) {
        if (names.get(id) == null || depth < nameDepths.get(id)) {
            names.set(id, name);
            nameDepths.set(id, depth);
        }
    }

    /**
     * @param id a node
     * @return it
     */
    public TapeNode node(int id) {
        return nodes.get(id);
    }

    /**
     * @param id a node
     * @return the first variable its value was assigned to, or {@code null}
     */
    public String nameOf(int id) {
        return names.get(id);
    }

    /** @return the number of nodes */
    public int size() {
        return nodes.size();
    }
}
