package bpdiff.program.run;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code torch.optim.Adam} and {@code AdamW}: at step \( t \), with \( g \) the gradient (plus \( \lambda w \) for
 * Adam's weight decay), \( m \leftarrow \beta_1 m + (1 - \beta_1) g \), \( v \leftarrow \beta_2 v + (1 - \beta_2) g^2 \),
 * and \( w \leftarrow w - \frac{\eta}{1 - \beta_1^t} \, m \big/ \big(\sqrt{v} / \sqrt{1 - \beta_2^t} + \epsilon\big) \)
 * (with {@code amsgrad}, \( v \) in the denominator is the largest \( v \) so far). AdamW decays the weight
 * instead, \( w \leftarrow w (1 - \eta \lambda) \), before the step.
 *
 * @param lr \( \eta \)
 * @param beta1 \( \beta_1 \)
 * @param beta2 \( \beta_2 \)
 * @param eps \( \epsilon \)
 * @param weightDecay \( \lambda \)
 * @param decoupled whether it is AdamW
 * @param amsgrad whether the denominator keeps the largest second moment
 * @param states each parameter's step count and moments
 */
record AdamRule(double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled,
        boolean amsgrad, Map<Integer, State> states) implements OptimizerRule {

    /** One parameter's state: the step \( t \), \( m \), \( v \) and the largest \( v \). */
    static final class State {
        int step;
        double[] m;
        double[] v;
        double[] vMax;
    }

    AdamRule(double lr, double beta1, double beta2, double eps, double weightDecay, boolean decoupled, boolean amsgrad) {
        this(lr, beta1, beta2, eps, weightDecay, decoupled, amsgrad, new HashMap<>());
    }

    @Override
    public void step(int index, double[] p, double[] g, OptimizerArithmetic f) {
        State s = states.computeIfAbsent(index, k -> {
            State made = new State();
            made.m = new double[p.length];
            made.v = new double[p.length];
            made.vMax = new double[p.length];
            return made;
        });
        s.step++;
        double[] grad = g;
        if (decoupled) {
            for (int k = 0; k < p.length; k++) {
                p[k] = f.mul(p[k], 1 - lr * weightDecay);
            }
        } else {
            grad = OptimizerRule.decayed(grad, p, weightDecay, f);
        }
        // Python floats: step_t.item() is the step count
        double stepSize = lr / (1 - Math.pow(beta1, s.step));
        double correction2 = Math.sqrt(1 - Math.pow(beta2, s.step));
        for (int k = 0; k < p.length; k++) {
            s.m[k] = f.add(f.mul(s.m[k], beta1), grad[k], 1 - beta1);
            s.v[k] = f.addcmul(f.mul(s.v[k], beta2), grad[k], grad[k], 1 - beta2);
            double second = s.v[k];
            if (amsgrad) {
                s.vMax[k] = Math.max(s.vMax[k], s.v[k]);
                second = s.vMax[k];
            }
            double denom = f.fl(f.div(f.sqrt(second), correction2) + f.fl(eps));
            p[k] = f.addcdiv(p[k], s.m[k], denom, -stepSize);
        }
    }
}
