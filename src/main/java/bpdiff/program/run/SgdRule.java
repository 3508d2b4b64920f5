package bpdiff.program.run;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code torch.optim.SGD}: with \( d = g + \lambda w \) (weight decay \( \lambda \)), momentum \( \mu \) keeps a
 * buffer \( b \leftarrow d \) at the first step and \( b \leftarrow \mu b + (1 - \tau) d \) after (dampening
 * \( \tau \)); the step is \( w \leftarrow w - \eta\, d' \) with \( d' = b \), or \( d' = d + \mu b \) for Nesterov,
 * or \( d' = d \) without momentum.
 *
 * @param lr \( \eta \)
 * @param momentum \( \mu \)
 * @param dampening \( \tau \)
 * @param weightDecay \( \lambda \)
 * @param nesterov whether the step looks ahead
 * @param buffers the momentum buffers by parameter
 */
record SgdRule(double lr, double momentum, double dampening, double weightDecay, boolean nesterov,
        Map<Integer, double[]> buffers) implements OptimizerRule {

    SgdRule(double lr, double momentum, double dampening, double weightDecay, boolean nesterov) {
        this(lr, momentum, dampening, weightDecay, nesterov, new HashMap<>());
    }

    @Override
    public void step(int index, double[] p, double[] g, OptimizerArithmetic f) {
        double[] d = OptimizerRule.decayed(g, p, weightDecay, f);
        if (momentum != 0) {
            double[] buf = buffers.get(index);
            if (buf == null) {
                buf = d.clone();
                buffers.put(index, buf);
            } else {
                for (int k = 0; k < buf.length; k++) {
                    buf[k] = f.add(f.mul(buf[k], momentum), d[k], 1 - dampening);
                }
            }
            double[] next = new double[d.length];
            for (int k = 0; k < d.length; k++) {
                next[k] = nesterov ? f.add(d[k], buf[k], momentum) : buf[k];
            }
            d = next;
        }
        for (int k = 0; k < p.length; k++) {
            p[k] = f.add(p[k], d[k], -lr);
        }
    }
}
