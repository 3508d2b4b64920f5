package bpdiff.program.tape;

import bpdiff.gradient.Stencil;
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

    private TapeFiniteDifferences() {}

    /**
     * The result.
     *
     * @param gradient \( \partial L / \partial v \) for each requested node
     * @param unreliable the nodes whose stencil crossed a kink
     */
    public record Result(Map<Integer, NdArray> gradient, Set<Integer> unreliable) {}

    /**
     * How much work finite differences of each node of the closure are: four evaluations per element, each computing
     * again the elements of every node after it (about that many element operations). One pass from its last node
     * back: weighed node by node it is quadratic in the closure's length.
     *
     * @param closure the closure
     * @return the cost of {@code closure.nodes()[k]} at index {@code k}
     */
    public static long[] costs(Closure closure) {
        int[] nodes = closure.nodes();
        long[] costs = new long[nodes.length];
        long downstream = 0;
        for (int k = nodes.length - 1; k >= 0; k--) {
            long size = closure.tape().node(nodes[k]).value().size();
            costs[k] = 4L * size * Math.max(1, downstream);
            downstream += size;
        }
        return costs;
    }

    /**
     * @param closure the closure of a scalar loss
     * @param which the nodes to differentiate (of the closure)
     * @param checkpoint a caller's, called before each evaluation of the forward pass
     * @return their gradients
     */
    public static Result compute(Closure closure, Set<Integer> which, Runnable checkpoint) {
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
                double h = Stencil.step(data[e]);
                double[] f = new double[Stencil.POINTS];
                for (int k = 0; k < Stencil.POINTS; k++) {
                    checkpoint.run();
                    double[] moved = data.clone();
                    moved[e] = Stencil.point(data[e], h, k);
                    NdArray[] values = evaluator.run(Map.of(id, new NdArray(value.shape(), moved)));
                    f[k] = values[loss].item();
                    if (kinks.differ(values)) {
                        unreliable.add(id);
                    }
                }
                derivative[e] = Stencil.derivative(f, h);
            }
            gradient.put(id, new NdArray(value.shape(), derivative));
        }
        return new Result(gradient, unreliable);
    }
}
