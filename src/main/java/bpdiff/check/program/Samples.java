package bpdiff.check.program;

import bpdiff.program.tape.IntStack;
import bpdiff.program.tape.NodeSet;
import bpdiff.program.tape.Op;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeNode;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which samples a computation reads: for each data array (a value computed from no parameter) that it takes in,
 * the elements it takes. A step of stochastic gradient descent computed from one sample (Zhou's
 * {@code for x, y_true in zip(data, all_y_trues)}, rows of {@code data}) reads a part of what a loss over the whole
 * data set ({@code np.apply_along_axis(self.feedforward, 1, data)}) reads: that loss is not the one the step
 * descends, and its gradient is no measure of the step.
 *
 * <p>An element is followed back through indexing and reshaping to the array it was taken from; a row read twice, or
 * once per epoch, is the same row.
 */
final class Samples {

    /** How far back a value is followed to decide that it is data, computed from no parameter. */
    private static final int DATA_NODES = 64;

    private final Tape tape;
    private final Set<Integer> parameters;
    private final Map<Integer, Boolean> data = new HashMap<>();

    /**
     * @param tape the tape
     * @param parameters the nodes of the parameters' values
     */
    Samples(Tape tape, Set<Integer> parameters) {
        this.tape = tape;
        this.parameters = parameters;
    }

    /**
     * @param nodes the nodes of a computation, from its result back to the parameters
     * @return the elements read of each data array, by the array's node
     */
    Map<Integer, BitSet> read(int[] nodes) {
        return read(nodes, false);
    }

    /**
     * The elements of the data a computation feeds forward: the data it multiplies with a value computed from the
     * parameters ({@code w1 * x[0]}, {@code X @ W1}, {@code x.T.dot(delta)}). A target is only subtracted from a
     * prediction, and one output's gradient reads that output's target alone ({@code d_w5 = (out_o1 - y[0]) * …}):
     * its samples are those of the inputs.
     *
     * @param nodes the nodes of a computation, from its result back to the parameters
     * @return the elements of each input array it multiplies with the network's values, by the array's node
     */
    Map<Integer, BitSet> inputs(int[] nodes) {
        return read(nodes, true);
    }

    private Map<Integer, BitSet> read(int[] nodes, boolean inputsOnly) {
        Map<Integer, BitSet> read = new HashMap<>();
        for (int id : nodes) {
            if (parameters.contains(id) || tape.isReleased(id) || isData(id)) {
                continue;
            }
            TapeNode n = tape.node(id);
            if (inputsOnly && n.op() != Op.MUL && n.op() != Op.MATMUL && n.op() != Op.OUTER) {
                continue;
            }
            for (int input : n.inputs()) {
                if (!tape.isReleased(input) && !tape.node(input).constant() && isData(input)) {
                    take(input, read);
                }
            }
        }
        return read;
    }

    /**
     * Whether a computation reads a strict part of the samples another reads: some data array of which it reads
     * elements the other reads too, while the other reads more of it.
     *
     * @param part what one computation reads ({@link #read})
     * @param whole what the other reads
     * @return whether {@code part} is a strict part of {@code whole} on a data array both read
     */
    static boolean isPart(Map<Integer, BitSet> part, Map<Integer, BitSet> whole) {
        boolean strict = false;
        for (Map.Entry<Integer, BitSet> e : part.entrySet()) {
            BitSet all = whole.get(e.getKey());
            if (all == null) {
                continue;
            }
            BitSet outside = (BitSet) e.getValue().clone();
            outside.andNot(all);
            if (!outside.isEmpty()) {
                return false;
            }
            strict |= all.cardinality() > e.getValue().cardinality();
        }
        return strict;
    }

    /**
     * Whether two computations read a common data array.
     *
     * @param a what one reads ({@link #read})
     * @param b what the other reads
     * @return whether some data array is read by both
     */
    static boolean overlap(Map<Integer, BitSet> a, Map<Integer, BitSet> b) {
        return a.keySet().stream().anyMatch(b::containsKey);
    }

    /**
     * Whether a computation evaluates the network on fewer samples than another, where the data cannot tell (numbers
     * taken from an integer array are Python ints, which the tape does not follow): the two share no computed value
     * but the parameters' and the data's; every way the first reads a parameter (the operation, and the number it is
     * combined with when that is data: Zhou's {@code self.w1 * x[0]} with x[0] = −2) is one the second reads it in,
     * and the second reads some parameter in more ways (once per sample, −2, 25, 17 and −15). A loss that adds the
     * same term many times reads its parameters in no more ways than one term.
     *
     * @param part the nodes of one computation, ascending
     * @param whole the nodes of the other, ascending
     * @param target a parameter's node, which the first must read
     * @return whether the first evaluates the network on fewer samples than the second
     */
    boolean fewerPasses(int[] part, int[] whole, int target) {
        if (!parameters.contains(target)) {
            return false;
        }
        for (int id : part) {
            if (java.util.Arrays.binarySearch(whole, id) >= 0 && !parameters.contains(id) && !tape.isReleased(id)
                    && !isData(id)) {
                return false;
            }
        }
        Map<Integer, java.util.Set<String>> partUses = uses(part);
        Map<Integer, java.util.Set<String>> wholeUses = uses(whole);
        if (!partUses.containsKey(target)) {
            return false;
        }
        boolean strict = false;
        for (Map.Entry<Integer, java.util.Set<String>> e : partUses.entrySet()) {
            java.util.Set<String> all = wholeUses.getOrDefault(e.getKey(), java.util.Set.of());
            if (!all.containsAll(e.getValue())) {
                return false;
            }
            strict |= all.size() > e.getValue().size();
        }
        return strict;
    }

    /**
     * The ways a computation reads each parameter: each operation taking it, with the other operand's value when that
     * is data or a constant.
     */
    private Map<Integer, java.util.Set<String>> uses(int[] nodes) {
        Map<Integer, java.util.Set<String>> uses = new HashMap<>();
        for (int id : nodes) {
            if (parameters.contains(id) || tape.isReleased(id)) {
                continue;
            }
            int[] inputs = tape.node(id).inputs();
            for (int k = 0; k < inputs.length; k++) {
                if (!parameters.contains(inputs[k])) {
                    continue;
                }
                StringBuilder way = new StringBuilder(tape.node(id).op().name()).append(':').append(k);
                for (int other : inputs) {
                    if (other != inputs[k] && !tape.isReleased(other) && (tape.node(other).constant() || isData(other))) {
                        way.append(':').append(java.util.Arrays.toString(tape.node(other).value().data()));
                    }
                }
                uses.computeIfAbsent(inputs[k], p -> new java.util.HashSet<>()).add(way.toString());
            }
        }
        return uses;
    }

    /**
     * @param node a node
     * @return whether it is a parameter's value
     */
    boolean isParameter(int node) {
        return parameters.contains(node);
    }

    /** Adds the elements a data value holds, as positions in the array it was taken from. */
    private void take(int node, Map<Integer, BitSet> read) {
        int at = node;
        int[] positions = null;
        while (true) {
            TapeNode n = tape.node(at);
            // a transpose permutes the elements: the set read is the same, while nothing was picked after it
            boolean picks = n.op() == Op.GATHER || n.op() == Op.RESHAPE || n.op() == Op.TRANSPOSE && positions == null;
            if (!picks || n.inputs().length != 1 || tape.isReleased(n.inputs()[0])
                    || tape.node(n.inputs()[0]).constant()) {
                break;
            }
            if (n.op() == Op.GATHER) {
                int[] gathered = n.args().positions();
                if (positions == null) {
                    positions = gathered.clone();
                } else {
                    for (int k = 0; k < positions.length; k++) {
                        positions[k] = gathered[positions[k]];
                    }
                }
            }
            at = n.inputs()[0];
        }
        BitSet elements = read.computeIfAbsent(at, k -> new BitSet());
        if (positions == null) {
            elements.set(0, Math.max(1, tape.node(at).value().size()));
        } else {
            for (int p : positions) {
                elements.set(p);
            }
        }
    }

    /** Whether a value is data: computed, in a few steps, from no parameter (constants and the data given). */
    private boolean isData(int node) {
        Boolean known = data.get(node);
        if (known != null) {
            return known;
        }
        boolean found = true;
        NodeSet seen = new NodeSet(tape);
        IntStack todo = new IntStack();
        todo.push(node);
        seen.add(node);
        int count = 0;
        while (found && !todo.isEmpty()) {
            int id = todo.pop();
            Boolean memo = id == node ? null : data.get(id);
            if (memo != null) {
                found = memo;
                continue;
            }
            if (parameters.contains(id) || tape.isReleased(id) || ++count > DATA_NODES) {
                found = false;
                break;
            }
            for (int input : tape.node(id).inputs()) {
                if (seen.add(input)) {
                    todo.push(input);
                }
            }
        }
        data.put(node, found);
        return found;
    }
}
