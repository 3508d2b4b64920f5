package bpdiff.program.tape;

import bpdiff.program.array.Elementwise;
import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an evaluation of a closure took other branches at a kink than the recorded one: a finite difference
 * across a kink (a comparison that flips, {@code abs} or {@code maximum} changing sides) is unreliable.
 */
final class Kinks {

    private final Closure closure;
    private final TapeEvaluator evaluator;
    private final List<Integer> kinked = new ArrayList<>();
    private final List<String> recorded = new ArrayList<>();

    /**
     * @param closure the closure
     * @param evaluator its evaluator
     * @param base its recorded values
     */
    Kinks(Closure closure, TapeEvaluator evaluator, NdArray[] base) {
        this.closure = closure;
        this.evaluator = evaluator;
        for (int id : closure.nodes()) {
            if (closure.tape().node(id).op().hasKink() && !closure.isLeaf(id)) {
                kinked.add(id);
                recorded.add(branches(id, base));
            }
        }
    }

    /**
     * @param values another evaluation
     * @return whether some kink took another branch
     */
    boolean differ(NdArray[] values) {
        for (int k = 0; k < kinked.size(); k++) {
            if (!recorded.get(k).equals(branches(kinked.get(k), values))) {
                return true;
            }
        }
        return false;
    }

    /** The branch each element takes: a comparison's result, the sign of abs's input, which side of max/min wins. */
    private String branches(int id, NdArray[] values) {
        TapeNode node = closure.tape().node(id);
        NdArray pattern;
        if (node.op().isComparison()) {
            pattern = values[evaluator.position(id)];
        } else {
            NdArray first = values[evaluator.position(node.inputs()[0])];
            pattern = node.op() == Op.ABS ? Elementwise.unary(first, x -> x >= 0 ? 1 : 0)
                    : Op.GT.apply(OpArgs.NONE, first, values[evaluator.position(node.inputs()[1])]);
        }
        return java.util.Arrays.toString(pattern.data());
    }
}
