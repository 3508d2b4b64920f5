package bpdiff.program.run;

/**
 * The step of one {@code torch.optim} algorithm, as PyTorch 1.13's single-tensor implementation computes it
 * ({@code foreach=None} is {@code False} on the CPU in 1.13), element by element in the parameter's precision
 * ({@link OptimizerArithmetic}). The state (momentum buffers, running averages, step counts) is kept per parameter
 * and made at its first step, as PyTorch makes {@code optimizer.state[p]}.
 */
interface OptimizerRule {

    /**
     * One step of one parameter.
     *
     * @param index the parameter's position in the optimizer's list, which keys its state
     * @param p its elements (changed in place to the new values)
     * @param g its gradient's elements
     * @param f the arithmetic of its precision
     */
    void step(int index, double[] p, double[] g, OptimizerArithmetic f);

    /** @return {@code grad.add(param, alpha=weight_decay)}, or the gradient itself without weight decay */
    static double[] decayed(double[] g, double[] p, double weightDecay, OptimizerArithmetic f) {
        if (weightDecay == 0) {
            return g;
        }
        double[] d = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            d[k] = f.add(g[k], p[k], weightDecay);
        }
        return d;
    }
}
