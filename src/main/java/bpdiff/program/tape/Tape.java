package bpdiff.program.tape;

import bpdiff.program.LimitExceededException;
import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of every arithmetic and numpy operation a program computed, in the order it computed them:
 * its forward passes, losses and hand-written backward passes. Values with no recorded origin are
 * {@link Op#LEAF}s. Each node remembers the first variable its value was assigned to.
 *
 * <p>Ids grow for the whole run, but only a window of them is held: once the epochs recorded so far have been
 * checked, {@link #release} drops every node but those the epochs still to come may read, and turns the oldest of
 * those (the weights the next epoch starts from) into leaves. A program's value whose node was dropped is
 * recorded afresh as a constant leaf when it is used again ({@link #isReleased}), so memory stays flat in the
 * number of epochs. The window and the retained nodes hold at most {@code limit} nodes and {@code elementLimit}
 * numbers in their values at once; recording past either is a {@link LimitExceededException}.
 */
public final class Tape {

    private final List<TapeNode> nodes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Integer> nameDepths = new ArrayList<>();
    /** The retained nodes' ids, ascending, all below {@link #base}; their nodes and names at the same positions. */
    private int[] retainedIds = new int[0];
    private TapeNode[] retainedNodes = new TapeNode[0];
    private String[] retainedNames = new String[0];
    private final int limit;
    private final long elementLimit;
    /** Numbers the values of the window's nodes and the retained ones hold. */
    private long elements;
    private int base;
    /** Operations (not leaves) among the nodes of the window: what the limit's message names. */
    private int operations;
    /** The argument of the program's own function each result came from, for results of one recorded argument. */
    private final java.util.Map<Integer, Integer> calls = new java.util.HashMap<>();

    /**
     * @param limit the most nodes the tape holds at once
     * @param elementLimit the most numbers their values hold at once
     */
    public Tape(int limit, long elementLimit) {
        this.limit = limit;
        this.elementLimit = elementLimit;
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
        return add(new TapeNode(size(), Op.LEAF, OpArgs.NONE, new int[0], value, line, column, name == null), name);
    }

    /**
     * Records an unnamed leaf that may be a parameter: a value read from a list, a dict or an object, which the
     * program may update in place there.
     *
     * @param value its value
     * @param line where, 1-based
     * @param column where, 1-based
     * @return its id
     */
    public int held(NdArray value, int line, int column) {
        return add(new TapeNode(size(), Op.LEAF, OpArgs.NONE, new int[0], value, line, column, false), null);
    }

    /**
     * Records an operation.
     *
     * @param op the operation
     * @param args its arguments
     * @param inputs its inputs' ids, none of them released
     * @param value its result
     * @param line where, 1-based
     * @param column where, 1-based
     * @return its id
     */
    public int op(Op op, OpArgs args, int[] inputs, NdArray value, int line, int column) {
        int id = add(new TapeNode(size(), op, args, inputs.clone(), value, line, column, false), null);
        operations++;
        return id;
    }

    private int add(TapeNode node, String name) {
        if (nodes.size() + retainedIds.length >= limit) {
            int held = nodes.size() + retainedIds.length - operations;
            throw new LimitExceededException(operations > 0
                    ? "the program computed more than " + limit + " recorded operations without an epoch ending ("
                            + operations + " operations on floats and arrays, " + held + " values they read), bpdiff's "
                            + "limit (an epoch ends where the loss is computed: an endless loop? or fewer steps per "
                            + "epoch)"
                    : "the program holds more than " + held + " floats and arrays in variables, lists and objects "
                            + "without an epoch ending, bpdiff's limit of " + limit + " values recorded for "
                            + "differentiation (an epoch ends where the loss is computed)");
        }
        long size = node.value().size();
        if (elements + size > elementLimit) {
            throw new LimitExceededException("the values recorded for differentiation hold more than " + elementLimit
                    + " numbers without an epoch ending (" + operations + " operations on floats and arrays), "
                    + "bpdiff's limit (an epoch ends where the loss is computed: an endless loop? or smaller arrays, "
                    + "or fewer steps per epoch)");
        }
        elements += size;
        nodes.add(node);
        names.add(name);
        nameDepths.add(Integer.MAX_VALUE);
        return node.id();
    }

    /**
     * Names a node after a variable, keeping the name given at the smallest call depth (the caller's name of
     * a value returned by a function); a released node is not named.
     *
     * @param id the node
     * @param name the variable
     * @param depth how deep in the program's function calls the assignment was
     */
    public void name(int id, String name, int depth) {
        if (id < base) {
            return;
        }
        int k = id - base;
        if (names.get(k) == null || depth < nameDepths.get(k)) {
            names.set(k, name);
            nameDepths.set(k, depth);
        }
    }

    /**
     * @param id a node that is not {@link #isReleased released}
     * @return the node
     */
    public TapeNode node(int id) {
        if (id >= base) {
            return nodes.get(id - base);
        }
        int k = java.util.Arrays.binarySearch(retainedIds, id);
        if (k < 0) {
            throw new IllegalStateException("node " + id + " was released");
        }
        return retainedNodes[k];
    }

    /**
     * Notes that a function of the program's own returned {@code result} when called with one recorded argument,
     * {@code argument}: {@code o1 = sigmoid(w5 * h1 + w7 * h2)}, where no variable holds the argument.
     *
     * @param result the returned node
     * @param argument the recorded argument's node
     */
    public void called(int result, int argument) {
        if (result >= base && result != argument) {
            calls.putIfAbsent(result, argument);
        }
    }

    /**
     * @param result a node
     * @return the recorded argument of the call of the program's own function that returned it, or −1; −1 also
     *     once either node is released
     */
    public int argumentOf(int result) {
        Integer argument = calls.get(result);
        return argument == null || isReleased(result) || isReleased(argument) ? -1 : argument;
    }

    /**
     * @param id a node
     * @return the first variable it was assigned to, or {@code null}
     */
    public String nameOf(int id) {
        if (id >= base) {
            return names.get(id - base);
        }
        int k = java.util.Arrays.binarySearch(retainedIds, id);
        return k < 0 ? null : retainedNames[k];
    }

    /** @return the id the next node gets: the number of nodes ever recorded */
    public int size() {
        return base + nodes.size();
    }

    /** @return the smallest id of the window; smaller ids are released or {@link #release retained} */
    public int base() {
        return base;
    }

    /**
     * @param id a node
     * @return whether it was dropped by {@link #release}: a value still holding it is recorded afresh when used
     */
    public boolean isReleased(int id) {
        return id < base && java.util.Arrays.binarySearch(retainedIds, id) < 0;
    }

    /**
     * Drops every node but {@code keep}, which holds every node the epochs still to come may read: the nodes in
     * {@code keep} keep their inputs except those in {@code leaves}, which become leaves with their values (the
     * weights the next epoch starts from). Every id recorded so far then lies below the window's base.
     *
     * @param keep the nodes to keep, closed under inputs except at {@code leaves}
     * @param leaves the nodes of {@code keep} whose inputs are dropped
     */
    public void release(NodeSet keep, java.util.Set<Integer> leaves) {
        int[] ids = keep.toArray();
        TapeNode[] kept = new TapeNode[ids.length];
        String[] keptNames = new String[ids.length];
        for (int k = 0; k < ids.length; k++) {
            int id = ids[k];
            TapeNode node = node(id);
            if (leaves.contains(id) && !node.isLeaf()) {
                node = new TapeNode(id, Op.LEAF, OpArgs.NONE, new int[0], node.value(), node.line(), node.column(),
                        false);
            }
            kept[k] = node;
            keptNames[k] = nameOf(id);
        }
        retainedIds = ids;
        retainedNodes = kept;
        retainedNames = keptNames;
        elements = 0;
        for (TapeNode node : kept) {
            elements += node.value().size();
        }
        base = size();
        operations = 0;
        nodes.clear();
        names.clear();
        nameDepths.clear();
        calls.keySet().removeIf(this::isReleased);
        calls.values().removeIf(this::isReleased);
    }
}
