package bpdiff.program.tape;

import bpdiff.program.array.NdArray;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes a closure again in double, with some nodes' values replaced: how finite differences perturb one
 * value and see what the loss becomes, and how a hand derivation is re-run with true values in place of
 * wrong ones. Only the nodes downstream of a replaced one are recomputed.
 */
public final class TapeEvaluator {

    private TapeEvaluator() {}

    /**
     * @param closure the nodes to compute
     * @param replaced nodes whose value is given instead of computed
     * @return the value of every node of the closure
     */
    public static Map<Integer, NdArray> evaluate(Closure closure, Map<Integer, NdArray> replaced) {
        Tape tape = closure.tape();
        Map<Integer, NdArray> values = new HashMap<>();
        java.util.BitSet dirty = new java.util.BitSet();
        for (int id : closure.nodes()) {
            TapeNode node = tape.node(id);
            NdArray value = replaced.get(id);
            if (value != null) {
                dirty.set(id);
            } else if (closure.isLeaf(id) || !anyDirty(node, dirty)) {
                value = node.value();
            } else {
                NdArray[] in = new NdArray[node.inputs().length];
                for (int p = 0; p < in.length; p++) {
                    in[p] = values.get(node.inputs()[p]);
                }
                value = node.op().apply(node.args(), in);
                dirty.set(id);
            }
            values.put(id, value);
        }
        return values;
    }

    private static boolean anyDirty(TapeNode node, java.util.BitSet dirty) {
        for (int input : node.inputs()) {
            if (dirty.get(input)) {
                return true;
            }
        }
        return false;
    }
}
