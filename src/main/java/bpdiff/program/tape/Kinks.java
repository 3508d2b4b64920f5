package bpdiff.program.tape;

import bpdiff.program.array.NdArray;
import java.util.Map;

/** Whether two evaluations of a closure took different branches at a kink: a finite difference across it is unreliable. */
final class Kinks {

    private Kinks() {}

    /**
     * @param closure the closure
     * @param a one evaluation
     * @param b another
     * @return whether some comparison, {@code abs}, {@code maximum} or {@code minimum} took another branch
     */
    static boolean differ(Closure closure, Map<Integer, NdArray> a, Map<Integer, NdArray> b) {
        for (int id : closure.nodes()) {
            TapeNode node = closure.tape().node(id);
            if (!node.op().hasKink() || closure.isLeaf(id) || a.get(id) == b.get(id)) {
                continue;
            }
            if (node.op().isComparison()) {
                if (!a.get(id).sameAs(b.get(id))) {
                    return true;
                }
            } else if (!branches(node, a).equals(branches(node, b))) {
                return true;
            }
        }
        return false;
    }

    /** The branch each element takes: the sign of abs's input, which side of maximum or minimum wins. */
    private static String branches(TapeNode node, Map<Integer, NdArray> values) {
        NdArray first = values.get(node.inputs()[0]);
        NdArray pattern = node.op() == Op.ABS ? bpdiff.program.array.Elementwise.unary(first, x -> x >= 0 ? 1 : 0)
                : Op.GT.apply(OpArgs.NONE, first, values.get(node.inputs()[1]));
        return java.util.Arrays.toString(pattern.data());
    }
}
