package bpdiff.gradient;

import bpdiff.BadInputException;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;

/**
 * {@link PublishedHomework2}'s formulas as an allocation-free {@link HandStepper}: the lecture network's
 * forward pass, \( L = \tfrac12 (o_1 - y_1)^2 + \tfrac12 (o_2 - y_2)^2 \), the published (or corrected)
 * {@code d_w1..d_w8}, and the update, all in local variables.
 *
 * <p>Forward: \( in_{h1} = w_1 x_1 + w_3 x_2 \), \( in_{h2} = w_2 x_1 + w_4 x_2 \),
 * \( in_{o1} = w_5\,out_{h1} + w_7\,out_{h2} \), \( in_{o2} = w_6\,out_{h1} + w_8\,out_{h2} \),
 * \( out = 1 / (1 + e^{-in}) \). Backward: see {@link PublishedHomework2}; each expression is written as it
 * is there, so both round alike.
 */
final class HandStepperHomework2 implements HandStepper {

    private final PublishedHomework2.Variant variant;
    /** Vector positions of w1..w8 (index 0 is w1). */
    private final int[] w = new int[8];
    /** Whether w1..w8 may change (index 0 is w1). */
    private final boolean[] trainable = new boolean[8];
    private final double x1;
    private final double x2;
    private final double y1;
    private final double y2;
    private final double[] gradient;

    /**
     * Prepares the homework's formulas.
     *
     * @param spec the lecture network (possibly with other weights or step)
     * @param variant which d_w1..d_w4 to use
     * @throws BadInputException if the network is not the lecture's, with sigmoid and ½Σ(o−y)²
     */
    HandStepperHomework2(NetworkSpec spec, PublishedHomework2.Variant variant) {
        PublishedHomework2.requireApplicable(spec, variant);
        this.variant = variant;
        boolean[] all = spec.trainable();
        for (int i = 0; i < w.length; i++) {
            w[i] = spec.parameterIndex("w" + (i + 1));
            trainable[i] = all[w[i]];
        }
        double[] x = spec.samples().get(0).x();
        double[] y = spec.samples().get(0).y();
        x1 = x[0];
        x2 = x[1];
        y1 = y[0];
        y2 = y[1];
        gradient = new double[spec.parameterCount()];
    }

    @Override
    public String name() {
        return variant.id();
    }

    @Override
    public double step(double[] weights, double learningRate) {
        double w1 = weights[w[0]];
        double w2 = weights[w[1]];
        double w3 = weights[w[2]];
        double w4 = weights[w[3]];
        double w5 = weights[w[4]];
        double w6 = weights[w[5]];
        double w7 = weights[w[6]];
        double w8 = weights[w[7]];
        // ForwardPass adds these to 0.0 first; that can only turn a −0 input into +0, which the sigmoid
        // (through e^{-in}) cannot tell apart, so leaving it out changes no output bit
        double outH1 = sigmoid(w1 * x1 + w3 * x2);
        double outH2 = sigmoid(w2 * x1 + w4 * x2);
        double outO1 = sigmoid(w5 * outH1 + w7 * outH2);
        double outO2 = sigmoid(w6 * outH1 + w8 * outH2);
        double loss = 0.5 * (outO1 - y1) * (outO1 - y1) + 0.5 * (outO2 - y2) * (outO2 - y2);

        double dO1 = outO1 - y1;
        double dO2 = outO2 - y2;
        double dW5 = dO1 * outO1 * (1 - outO1) * outH1;
        double dW7 = dO1 * outO1 * (1 - outO1) * outH2;
        double dW6 = dO2 * outO2 * (1 - outO2) * outH1;
        double dW8 = dO2 * outO2 * (1 - outO2) * outH2;
        double dOutH1;
        double dOutH2;
        if (variant == PublishedHomework2.Variant.BUGGY) {
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

        update(weights, 0, dW1, learningRate);
        update(weights, 1, dW2, learningRate);
        update(weights, 2, dW3, learningRate);
        update(weights, 3, dW4, learningRate);
        update(weights, 4, dW5, learningRate);
        update(weights, 5, dW6, learningRate);
        update(weights, 6, dW7, learningRate);
        update(weights, 7, dW8, learningRate);
        return loss;
    }

    @Override
    public double[] gradient() {
        return gradient;
    }

    /**
     * \( 1 / (1 + e^{-z}) \): {@link Activation#apply}'s own, the same for both sigmoids, so the forward pass
     * rounds as {@link ForwardPass}'s.
     */
    private static double sigmoid(double z) {
        return Activation.SIGMOID.apply(z);
    }

    /** Records \( d_{w_{k+1}} \) and steps \( w_{k+1} \) if it is trainable. */
    private void update(double[] weights, int k, double derivative, double learningRate) {
        int p = w[k];
        gradient[p] = derivative;
        if (trainable[k]) {
            weights[p] = weights[p] - learningRate * derivative;
        }
    }
}
