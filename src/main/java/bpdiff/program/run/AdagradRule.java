package bpdiff.program.run;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code torch.optim.Adagrad}: at step \( t \), with \( g \) the gradient (plus \( \lambda w \)),
 * \( S \leftarrow S + g^2 \) (from the initial accumulator value) and
 * \( w \leftarrow w - \eta_t\, g / (\sqrt{S} + \epsilon) \), \( \eta_t = \eta / (1 + (t - 1)\, \delta) \) for the
 * learning-rate decay \( \delta \).
 *
 * @param lr \( \eta \)
 * @param lrDecay \( \delta \)
 * @param weightDecay \( \lambda \)
 * @param initial the accumulator's initial value
 * @param eps \( \epsilon \)
 * @param sums each parameter's \( S \)
 * @param steps each parameter's \( t \)
 */
record AdagradRule(double lr, double lrDecay, double weightDecay, double initial, double eps,
        Map<Integer, double[]> sums, Map<Integer, Integer> steps) implements OptimizerRule {

    AdagradRule(double lr, double lrDecay, double weightDecay, double initial, double eps) {
        this(lr, lrDecay, weightDecay, initial, eps, new HashMap<>(), new HashMap<>());
    }

    @Override
    public void step(int index, double[] p, double[] g, OptimizerArithmetic f) {
        double[] sum = sums.computeIfAbsent(index, k -> {
            double[] s = new double[p.length];
            java.util.Arrays.fill(s, f.fl(initial));
            return s;
        });
        int t = steps.merge(index, 1, Integer::sum);
        double[] grad = OptimizerRule.decayed(g, p, weightDecay, f);
        double clr = lr / (1 + (t - 1) * lrDecay);
        for (int k = 0; k < p.length; k++) {
            sum[k] = f.addcmul(sum[k], grad[k], grad[k], 1);
            double std = f.fl(f.sqrt(sum[k]) + f.fl(eps));
            p[k] = f.addcdiv(p[k], grad[k], std, -clr);
        }
    }
}
