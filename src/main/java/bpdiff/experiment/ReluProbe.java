package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Precision;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;

/**
 * Measures the derivative of ReLU at exactly 0, as the hand chain rule and autograd use it.
 *
 * <p>At the probe weights \( w = (0, 0.4, 0, 0.6, 0.1, -0.5, -0.3, 0.8) \) the hidden neuron h1 gets
 * \( in_{h1} = 0 \cdot x_1 + 0 \cdot x_2 = 0 \) exactly, while \( \partial L / \partial out_{h1} =
 * \delta_{o1} w_5 + \delta_{o2} w_6 \ne 0 \) (o2 is active). So
 * \( \partial L / \partial w_1 = \partial L / \partial out_{h1} \cdot relu'(0) \cdot x_1 \) is 0 exactly when
 * \( relu'(0) = 0 \), as PyTorch defines it, and \( -0.0935 \) if it were 1.
 *
 * @param dOutH1 autograd's \( \partial L / \partial out_{h1} \) (not 0, so the test is not vacuous)
 * @param gradientW1Autograd autograd's \( \partial L / \partial w_1 \)
 * @param gradientW1Hand the hand chain rule's \( \partial L / \partial w_1 \)
 * @param handDerivativeAtZero {@link Activation#RELU}'s derivative at \( z = 0 \)
 */
record ReluProbe(double dOutH1, double gradientW1Autograd, double gradientW1Hand, double handDerivativeAtZero) {

    /** Weights that put h1's input exactly at the kink, with a non-zero gradient flowing into h1. */
    static final double[] WEIGHTS = {0.0, 0.4, 0.0, 0.6, 0.1, -0.5, -0.3, 0.8};

    /**
     * Runs the probe.
     *
     * @param lab the sources
     * @param precision autograd's precision
     * @return what each side computes at the kink
     */
    static ReluProbe measure(Lab lab, Precision precision) {
        NetworkSpec spec = Networks.lecture().withActivation(Activation.RELU).withEpochs(1).withInitialWeights(WEIGHTS);
        GradientSource hand = lab.sources().hand(HandDerivation.GENERAL, spec);
        Evaluation byHand = hand.evaluate(WEIGHTS);
        try (ClosableSource autograd = lab.sources().autograd(spec, precision, true)) {
            Evaluation byAutograd = autograd.evaluate(WEIGHTS);
            int w1 = spec.parameterIndex("w1");
            return new ReluProbe(byAutograd.neuronGradient().get(0).out()[0][0], byAutograd.gradient()[w1],
                    byHand.gradient()[w1], Activation.RELU.derivative(0.0, 0.0));
        }
    }

    /** @return whether both sides take \( relu'(0) = 0 \) and the probe was not vacuous */
    boolean derivativeAtZeroIsZero() {
        return dOutH1 != 0 && gradientW1Autograd == 0 && gradientW1Hand == 0 && handDerivativeAtZero == 0;
    }
}
