package bpdiff.gradient;

import bpdiff.BadInputException;
import bpdiff.network.NetworkSpec;
import java.util.List;

/**
 * The homework-2 program's {@code back_propagate}, written the way the homework writes it, in two variants that a
 * reader can lay side by side: the one home of these formulas, for this gradient source and for the fast
 * {@link HandStepper} alike.
 *
 * <p>Both share the output layer: \( d_{o1} = out_{o1} - y_1 \), \( d_{w5} = d_{o1}\,out_{o1}(1 - out_{o1})\,out_{h1}
 * \), \( d_{w7} \) the same with \( out_{h2} \), and \( d_{w6}, d_{w8} \) the same for {@code o2}. They differ in the
 * hidden layer:
 *
 * <ul>
 *   <li>{@link HandDerivation#BUGGY}, as published: \( d_{w1} = (d_{w5} + d_{w6})\,out_{h1}(1-out_{h1})\,x_1 \),
 *       \( d_{w3} \) the same with \( x_2 \), \( d_{w2} = (d_{w7} + d_{w8})\,out_{h2}(1-out_{h2})\,x_1 \),
 *       \( d_{w4} \) the same with \( x_2 \). It adds the output weights' gradients where the outputs' deltas times
 *       the connecting weights belong.
 *   <li>{@link HandDerivation#CORRECTED}: \( \partial L / \partial out_{h1} = \delta_{o1} w_5 + \delta_{o2} w_6 \)
 *       (the homework writes it as \( d_{w5} w_5 / out_{h1} + d_{w6} w_6 / out_{h1} \)), likewise
 *       \( \delta_{o1} w_7 + \delta_{o2} w_8 \) for {@code h2}.
 * </ul>
 *
 * <p>The loss is the homework's \( \tfrac12 (o_1 - y_1)^2 + \tfrac12 (o_2 - y_2)^2 \), written as it writes it. The
 * forward pass is the lecture network's, {@link ChainRuleKernel#forward}. Every product is multiplied left to right
 * as the homework's Python does, so the sigmoid's derivative appears here as the homework's factor
 * \( out\,(1 - out) \) inside each product ({@link #delta}), not as {@link bpdiff.network.Activation#derivative}: the
 * two round differently, and these are the homework's numbers. Only the lecture network with a sigmoid and
 * ½Σ(o−y)² has these formulas. One thread at a time.
 */
public final class PublishedHomework2 implements GradientSource {

    private final HandDerivation variant;
    private final ChainRuleKernel forward;
    /** Vector positions of w1..w8 (index 0 is w1). */
    private final int[] w = new int[8];
    private final double x1;
    private final double x2;
    private final double y1;
    private final double y2;
    /** \( \partial L / \partial out \) of h1, h2, o1, o2 in the last {@link #backPropagate}. */
    private final double[] dOut = new double[4];

    /**
     * Prepares the homework's formulas.
     *
     * @param spec the lecture network (possibly with other weights or step)
     * @param variant {@link HandDerivation#BUGGY} or {@link HandDerivation#CORRECTED}
     * @throws BadInputException if the network is not the lecture's, with sigmoid and ½Σ(o−y)²
     */
    public PublishedHomework2(NetworkSpec spec, HandDerivation variant) {
        if (!variant.homework() || !HandDerivation.homeworkApplies(spec)) {
            throw new BadInputException("the homework's formulas (--manual " + variant.id()
                    + ") exist only for the lecture network with a sigmoid and the half-sse loss; use --manual general",
                    "--manual");
        }
        this.variant = variant;
        this.forward = new ChainRuleKernel(spec);
        for (int i = 0; i < w.length; i++) {
            w[i] = spec.parameterIndex("w" + (i + 1));
        }
        double[] x = spec.samples().get(0).x();
        double[] y = spec.samples().get(0).y();
        x1 = x[0];
        x2 = x[1];
        y1 = y[0];
        y2 = y[1];
    }

    @Override
    public String name() {
        return variant.id();
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        forward.forward(weights);
        double[] gradient = new double[weights.length];
        double loss = backPropagate(weights, forward, gradient);
        double outH1 = forward.out(0, 1, 0);
        double outH2 = forward.out(0, 1, 1);
        double outO1 = forward.out(0, 2, 0);
        double outO2 = forward.out(0, 2, 1);
        NeuronValues neuronGradient = new NeuronValues(
                new double[][] {
                    {delta(dOut[0], outH1), delta(dOut[1], outH2)},
                    {delta(dOut[2], outO1), delta(dOut[3], outO2)}
                },
                new double[][] {{dOut[0], dOut[1]}, {dOut[2], dOut[3]}});
        return new Evaluation(loss, gradient, forward.forwardValues(), List.of(neuronGradient));
    }

    /**
     * The homework's loss and {@code back_propagate} at the forward values of a kernel: writes
     * \( d_{w1}..d_{w8} \) into their positions of {@code gradient} and allocates nothing.
     *
     * @param weights the weights of the forward pass
     * @param at a kernel that has just run the forward pass of the lecture network at {@code weights}
     * @param gradient receives \( d_{w1}..d_{w8} \) at the positions of w1..w8
     * @return the loss \( \tfrac12 (o_1 - y_1)^2 + \tfrac12 (o_2 - y_2)^2 \)
     */
    double backPropagate(double[] weights, ChainRuleKernel at, double[] gradient) {
        double outH1 = at.out(0, 1, 0);
        double outH2 = at.out(0, 1, 1);
        double outO1 = at.out(0, 2, 0);
        double outO2 = at.out(0, 2, 1);
        double loss = 0.5 * (outO1 - y1) * (outO1 - y1) + 0.5 * (outO2 - y2) * (outO2 - y2);

        double dO1 = outO1 - y1;
        double dO2 = outO2 - y2;
        double dW5 = delta(dO1, outO1) * outH1;
        double dW7 = delta(dO1, outO1) * outH2;
        double dW6 = delta(dO2, outO2) * outH1;
        double dW8 = delta(dO2, outO2) * outH2;
        double dOutH1;
        double dOutH2;
        if (variant == HandDerivation.BUGGY) {
            dOutH1 = dW5 + dW6;
            dOutH2 = dW7 + dW8;
        } else {
            dOutH1 = dW5 * weights[w[4]] / outH1 + dW6 * weights[w[5]] / outH1;
            dOutH2 = dW7 * weights[w[6]] / outH2 + dW8 * weights[w[7]] / outH2;
        }
        gradient[w[0]] = delta(dOutH1, outH1) * x1;
        gradient[w[2]] = delta(dOutH1, outH1) * x2;
        gradient[w[1]] = delta(dOutH2, outH2) * x1;
        gradient[w[3]] = delta(dOutH2, outH2) * x2;
        gradient[w[4]] = dW5;
        gradient[w[5]] = dW6;
        gradient[w[6]] = dW7;
        gradient[w[7]] = dW8;
        dOut[0] = dOutH1;
        dOut[1] = dOutH2;
        dOut[2] = dO1;
        dOut[3] = dO2;
        return loss;
    }

    /**
     * The homework's \( d_{out} \cdot out \cdot (1 - out) \), multiplied left to right as its Python does: the
     * first factors of every {@code d_w} ({@code d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1}).
     */
    private static double delta(double dOut, double out) {
        return dOut * out * (1 - out);
    }
}
