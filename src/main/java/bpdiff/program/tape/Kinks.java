package bpdiff.program.tape;

import bpdiff.program.array.Elementwise;
import bpdiff.program.array.Extremes;
import bpdiff.program.array.NdArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an evaluation of a closure took other branches at a kink than the recorded one: a finite difference
 * across a kink (a comparison that flips, {@code abs}, {@code sign} or {@code maximum} changing sides,
 * {@code clip} entering or leaving its interval, another element becoming the {@code max}) is unreliable.
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

    /**
     * The branch each element takes: a comparison's or sign's result, the sign of abs's input, which side of
     * maximum/minimum wins, where clip's input lies, which element is a max/min or a max-norm's largest magnitude,
     * whether a norm's input is 0.
     */
    private String branches(int id, NdArray[] values) {
        TapeNode node = closure.tape().node(id);
        if (node.op().isComparison() || node.op() == Op.SIGN) {
            return java.util.Arrays.toString(values[evaluator.position(id)].data());
        }
        NdArray first = values[evaluator.position(node.inputs()[0])];
        OpArgs args = node.args();
        return switch (node.op()) {
            case ABS -> java.util.Arrays.toString(Elementwise.unary(first, x -> x >= 0 ? 1 : 0).data());
            case RELU -> java.util.Arrays.toString(Elementwise.unary(first, x -> x > 0 ? 1 : 0).data());
            case CLIP -> java.util.Arrays.toString(Op.LT.apply(OpArgs.NONE, first, input(node, 1, values)).data())
                    + java.util.Arrays.toString(Op.GT.apply(OpArgs.NONE, first, input(node, 2, values)).data());
            case MAX, MIN -> java.util.Arrays.toString(Extremes.arg(first, args.axis(), node.op() == Op.MAX));
            case NORM -> args.order() == 1 ? java.util.Arrays.toString(Elementwise.unary(first, Math::signum).data())
                    : args.order() == 2 ? java.util.Arrays.toString(Elementwise.unary(
                            values[evaluator.position(id)], x -> x == 0 ? 1 : 0).data())
                    : java.util.Arrays.toString(Extremes.arg(Elementwise.unary(first, Math::abs), args.axis() == null
                            ? null : args.axis(), true));
            default -> java.util.Arrays.toString(Op.GT.apply(OpArgs.NONE, first, input(node, 1, values)).data());
        };
    }

    private NdArray input(TapeNode node, int position, NdArray[] values) {
        return values[evaluator.position(node.inputs()[position])];
    }
}
