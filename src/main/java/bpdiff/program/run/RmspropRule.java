package bpdiff.program.run;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code torch.optim.RMSprop}: with \( g \) the gradient (plus \( \lambda w \)),
 * \( s \leftarrow \alpha s + (1 - \alpha) g^2 \), the denominator \( a = \sqrt{s} + \epsilon \) (centered:
 * \( \bar g \leftarrow \alpha \bar g + (1 - \alpha) g \) and \( a = \sqrt{s - \bar g^2} + \epsilon \)), and
 * \( w \leftarrow w - \eta\, g / a \); with momentum \( \mu \), \( b \leftarrow \mu b + g / a \) and
 * \( w \leftarrow w - \eta b \).
 *
 * @param lr \( \eta \)
 * @param alpha \( \alpha \)
 * @param eps \( \epsilon \)
 * @param weightDecay \( \lambda \)
 * @param momentum \( \mu \)
 * @param centered whether the second moment is centered
 * @param states each parameter's \( s \), \( \bar g \), \( b \)
 */
record RmspropRule(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered,
        Map<Integer, double[][]> states) implements OptimizerRule {

    RmspropRule(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered) {
        this(lr, alpha, eps, weightDecay, momentum, centered, new HashMap<>());
    }

    @Override
    public void step(int index, double[] p, double[] g, OptimizerArithmetic f) {
        double[][] s = states.computeIfAbsent(index, k -> new double[][] {new double[p.length], new double[p.length],
                new double[p.length]});
        double[] square = s[0];
        double[] mean = s[1];
        double[] buf = s[2];
        double[] grad = OptimizerRule.decayed(g, p, weightDecay, f);
        for (int k = 0; k < p.length; k++) {
            square[k] = f.addcmul(f.mul(square[k], alpha), grad[k], grad[k], 1 - alpha);
            double avg;
            if (centered) {
                mean[k] = f.add(f.mul(mean[k], alpha), grad[k], 1 - alpha);
                avg = f.sqrt(f.addcmul(square[k], mean[k], mean[k], -1));
            } else {
                avg = f.sqrt(square[k]);
            }
            avg = f.fl(avg + f.fl(eps));
            if (momentum > 0) {
                buf[k] = f.addcdiv(f.mul(buf[k], momentum), grad[k], avg, 1);
                p[k] = f.add(p[k], buf[k], -lr);
            } else {
                p[k] = f.addcdiv(p[k], grad[k], avg, -lr);
            }
        }
    }
}
