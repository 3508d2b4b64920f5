package bpdiff.gradient;

import bpdiff.BadInputException;
import bpdiff.network.NetworkSpec;
import java.util.List;

/**
 * The homework-2 program's {@code back_propagate}, written the way the homework writes it, in two
 * variants that a reader can lay side by side.
 *
 * <p>Both share the output layer: \( d_{o1} = out_{o1} - y_1 \), \( d_{w5} = d_{o1}\,out_{o1}(1 -
 * out_{o1})\,out_{h1} \), \( d_{w7} \) the same with \( out_{h2} \), and \( d_{w6}, d_{w8} \) the same for
 * {@code o2}. They differ in the hidden layer:
 *
 * <ul>
 *   <li>{@link Variant#BUGGY}, as published: \( d_{w1} = (d_{w5} + d_{w6})\,out_{h1}(1-out_{h1})\,x_1 \),
 *       \( d_{w3} \) the same with \( x_2 \), \( d_{w2} = (d_{w7} + d_{w8})\,out_{h2}(1-out_{h2})\,x_1 \),
 *       \( d_{w4} \) the same with \( x_2 \). It adds the output weights' gradients where the outputs'
 *       deltas times the connecting weights belong.
 *   <li>{@link Variant#CORRECTED}: \( \partial L / \partial out_{h1} = \delta_{o1} w_5 + \delta_{o2} w_6 \)
 *       (the homework writes it as \( d_{w5} w_5 / out_{h1} + d_{w6} w_6 / out_{h1} \)), likewise
 *       \( \delta_{o1} w_7 + \delta_{o2} w_8 \) for {@code h2}.
 * </ul>
 *
 * <p>Only the lecture network with sigmoid and ½Σ(o−y)² has these formulas.
 */
public final class PublishedHomework2 implements GradientSource {

    /** Which hidden-layer formulas to use. */
    public enum Variant {
        /** The homework's published d_w1..d_w4. */
        BUGGY("buggy"),
        /** The chain rule written in the homework's style. */
        CORRECTED("corrected");

        private final String id;

        Variant(String id) {
            this.id = id;
        }

        /** @return {@code buggy} or {@code corrected} */
        public String id() {
            return id;
        }
    }

    private final Variant variant;
    private final ForwardPass forwardPass;
    /** Vector positions of w1..w8 (index 0 is w1). */
    private final int[] w = new int[8];
    private final double x1;
    private final double x2;
    private final double y1;
    private final double y2;

    /**
     * Prepares the homework's formulas.
     *
     * @param spec the lecture network (possibly with other weights or step)
     * @param variant which d_w1..d_w4 to use
     * @throws BadInputException if the network is not the lecture's, with sigmoid and ½Σ(o−y)²
     */
    public PublishedHomework2(NetworkSpec spec, Variant variant) {
        requireApplicable(spec, variant);
        this.variant = variant;
        this.forwardPass = new ForwardPass(spec);
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

    /**
     * Checks that the homework's formulas describe a network.
     *
     * @param spec the network
     * @param variant the formulas asked for, named in the message
     * @throws BadInputException unless {@link HandDerivations#homeworkApplies} holds
     */
    static void requireApplicable(NetworkSpec spec, Variant variant) {
        if (!HandDerivations.homeworkApplies(spec)) {
            throw new BadInputException("the homework's formulas (--manual " + variant.id()
                    + ") exist only for the lecture network with a sigmoid and the half-sse loss; use --manual general",
                    "--manual");
        }
    }

    @Override
    public String name() {
        return variant.id();
    }

    @Override
    public Evaluation evaluate(double[] weights) {
        double w5 = weights[w[4]];
        double w6 = weights[w[5]];
        double w7 = weights[w[6]];
        double w8 = weights[w[7]];
        NeuronValues forward = forwardPass.run(weights).get(0);
        double outH1 = forward.out()[0][0];
        double outH2 = forward.out()[0][1];
        double outO1 = forward.out()[1][0];
        double outO2 = forward.out()[1][1];
        double loss = 0.5 * (outO1 - y1) * (outO1 - y1) + 0.5 * (outO2 - y2) * (outO2 - y2);

        double dO1 = outO1 - y1;
        double dO2 = outO2 - y2;
        double dW5 = dO1 * outO1 * (1 - outO1) * outH1;
        double dW7 = dO1 * outO1 * (1 - outO1) * outH2;
        double dW6 = dO2 * outO2 * (1 - outO2) * outH1;
        double dW8 = dO2 * outO2 * (1 - outO2) * outH2;

        double dOutH1;
        double dOutH2;
        if (variant == Variant.BUGGY) {
            dOutH1 = dW5 + dW6;
            dOutH2 = dW7 + dW8;
        } else {
            dOutH1 = dW5 * w5 / outH1 + dW6 * w6 / outH1;
            dOutH2 = dW7 * w7 / outH2 + dW8 * w8 / outH2;
        }
        double dW1 = dOutH1 * outH1 * (1 - outH1) * x1;
        double dW3 = dOutH1 * outH1 * (1 - outH1) * x2;
        double dW2 = dOutH2 * outH2 * (1 - outH2) * x1;
        double dW4 = dOutH2 * outH2 * (1 - outH2) * x2;

        double[] gradient = new double[weights.length];
        double[] homeworkOrder = {dW1, dW2, dW3, dW4, dW5, dW6, dW7, dW8};
        for (int i = 0; i < w.length; i++) {
            gradient[w[i]] = homeworkOrder[i];
        }
        NeuronValues neuronGradient = new NeuronValues(
                new double[][] {
                    {dOutH1 * outH1 * (1 - outH1), dOutH2 * outH2 * (1 - outH2)},
                    {dO1 * outO1 * (1 - outO1), dO2 * outO2 * (1 - outO2)}
                },
                new double[][] {{dOutH1, dOutH2}, {dO1, dO2}});
        return new Evaluation(loss, gradient, List.of(forward), List.of(neuronGradient));
    }
}
