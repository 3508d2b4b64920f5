package bpdiff.program.tape;

import bpdiff.program.array.NdArray;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes a closure again in double, with some nodes' values replaced: how finite differences perturb one
 * value and see what the loss becomes, and how a hand derivation is re-run with true values in place of
 * wrong ones. Only the nodes downstream of a replaced one are recomputed; the others keep the recorded value.
 */
public final class TapeEvaluator {

    private final Closure closure;
    private final int[] nodes;
    /** For every tape id in the closure, its position in {@link #nodes}. */
    private final Map<Integer, Integer> positions = new HashMap<>();
    /** For every position, whether the node is read as a leaf. */
    private final boolean[] leaf;
    /** For every position, the positions of its inputs. */
    private final int[][] inputs;

    /**
     * @param closure the nodes to compute
     */
    public TapeEvaluator(Closure closure) {
        this.closure = closure;
        this.nodes = closure.nodes();
        this.leaf = new boolean[nodes.length];
        this.inputs = new int[nodes.length][];
        for (int k = 0; k < nodes.length; k++) {
            positions.put(nodes[k], k);
        }
        for (int k = 0; k < nodes.length; k++) {
            leaf[k] = closure.isLeaf(nodes[k]);
            int[] ids = closure.tape().node(nodes[k]).inputs();
            inputs[k] = new int[leaf[k] ? 0 : ids.length];
            for (int p = 0; p < inputs[k].length; p++) {
                inputs[k][p] = positions.get(ids[p]);
            }
        }
    }

    /**
     * @param closure the nodes to compute
     * @param replaced nodes whose value is given instead of computed
     * @return the value of every node of the closure
     */
    public static Map<Integer, NdArray> evaluate(Closure closure, Map<Integer, NdArray> replaced) {
        TapeEvaluator evaluator = new TapeEvaluator(closure);
        NdArray[] values = evaluator.run(replaced);
        Map<Integer, NdArray> out = new HashMap<>();
        for (int k = 0; k < values.length; k++) {
            out.put(evaluator.nodes[k], values[k]);
        }
        return out;
    }

    /**
     * @param replaced nodes whose value is given instead of computed
     * @return the value of every node, in the order of {@link Closure#nodes()}
     */
    public NdArray[] run(Map<Integer, NdArray> replaced) {
        Tape tape = closure.tape();
        NdArray[] values = new NdArray[nodes.length];
        boolean[] dirty = new boolean[nodes.length];
        int first = nodes.length;
        for (Map.Entry<Integer, NdArray> e : replaced.entrySet()) {
            Integer k = positions.get(e.getKey());
            if (k != null) {
                first = Math.min(first, k);
            }
        }
        for (int k = 0; k < nodes.length; k++) {
            TapeNode node = tape.node(nodes[k]);
            NdArray value = k < first ? null : replaced.get(nodes[k]);
            if (value != null) {
                dirty[k] = true;
            } else if (k < first || leaf[k] || !anyDirty(k, dirty)) {
                value = node.value();
            } else {
                NdArray[] in = new NdArray[inputs[k].length];
                for (int p = 0; p < in.length; p++) {
                    in[p] = values[inputs[k][p]];
                }
                value = node.op().apply(node.args(), in);
                dirty[k] = true;
            }
            values[k] = value;
        }
        return values;
    }

    /**
     * @param id a tape node of the closure
     * @return its position in {@link Closure#nodes()}
     */
    public int position(int id) {
        return positions.get(id);
    }

    private boolean anyDirty(int k, boolean[] dirty) {
        for (int input : inputs[k]) {
            if (dirty[input]) {
                return true;
            }
        }
        return false;
    }
}
