package bpdiff.program.tape;

import bpdiff.program.array.NdArray;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Central finite differences of a recorded loss in double, the referee that trusts neither the hand
 * derivation nor autograd: every element of a node is moved by \( \pm h, \pm 2h \) and the loss computed again
 * from there, \( f'(v) \approx \frac{-f(v+2h) + 8f(v+h) - 8f(v-h) + f(v-2h)}{12h} \) with
 * \( h = 10^{-3} \max(1, |v|) \): the stencil and step of {@link bpdiff.gradient.FiniteDifferences}.
 *
 * <p>Where a stencil crosses a kink (a comparison flips, {@code abs} or {@code maximum} changes branch) it
 * measures a mix of two slopes; such nodes are reported as unreliable.
 */
public final class TapeFiniteDifferences {

    /** The relative step. */
    static final double RELATIVE_STEP = 1e-3;

    private TapeFiniteDifferences() {}

    /**
     * The result.
     *
     * @param gradient \( \partial L / \partial v \) for each requested node
     * @param unreliable the nodes whose stencil crossed a kink
     */
    public record Result(Map<Integer, NdArray> gradient, Set<Integer> unreliable) {}

    /**
     * How much work finite differences of one node are: four evaluations per element, each computing again the
     * elements of every node after it.
     *
     * @param closure the closure
     * @param node a node of it
     * @return about how many element operations that is
     */
    public static long cost(Closure closure, int node) {
        int[] nodes = closure.nodes();
        long downstream = 0;
        for (int k = nodes.length - 1; k >= 0 && nodes[k] > node; k--) {
            downstream += closure.tape().node(nodes[k]).value().size();
        }
        return 4L * closure.tape().node(node).value().size() * Math.max(1, downstream);
    }

    /**
     * @param closure the closure of a scalar loss
     * @param which the nodes to differentiate (of the closure)
     * @return their gradients
     */
    public static Result compute(Closure closure, Set<Integer> which) {
        TapeEvaluator evaluator = new TapeEvaluator(closure);
        NdArray[] base = evaluator.run(Map.of());
        Kinks kinks = new Kinks(closure, evaluator, base);
        int loss = evaluator.position(closure.loss());
        Map<Integer, NdArray> gradient = new HashMap<>();
        Set<Integer> unreliable = new HashSet<>();
        for (int id : closure.nodes()) {
            if (!which.contains(id)) {
                continue;
            }
            NdArray value = closure.tape().node(id).value();
            double[] data = value.data();
            double[] derivative = new double[data.length];
            for (int e = 0; e < data.length; e++) {
                double h = RELATIVE_STEP * Math.max(1, Math.abs(data[e]));
                double[] f = new double[4];
                double[] offsets = {2 * h, h, -h, -2 * h};
                for (int k = 0; k < 4; k++) {
                    double[] moved = data.clone();
                    moved[e] = data[e] + offsets[k];
                    NdArray[] values = evaluator.run(Map.of(id, new NdArray(value.shape(), moved)));
                    f[k] = values[loss].item();
                    if (kinks.differ(values)) {
                        unreliable.add(id);
                    }
                }
                derivative[e] = (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * h);
            }
            gradient.put(id, new NdArray(value.shape(), derivative));
        }
        return new Result(gradient, unreliable);
    }
}
