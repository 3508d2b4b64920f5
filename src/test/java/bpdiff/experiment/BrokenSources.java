package bpdiff.experiment;

import bpdiff.gradient.Evaluation;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;

/**
 * The real sources, except that every hand derivation gets ∂L/∂w1 wrong by a factor: the kind of slip a
 * student makes, which the experiments must catch.
 */
final class BrokenSources implements Sources {

    private final Sources real = Sources.standard();
    private final double factor;

    /**
     * @param factor what the hand side's ∂L/∂w1 is multiplied by
     */
    BrokenSources(double factor) {
        this.factor = factor;
    }

    @Override
    public GradientSource hand(HandDerivation derivation, NetworkSpec spec) {
        GradientSource hand = real.hand(derivation, spec);
        int w1 = spec.parameterIndex("w1");
        return new GradientSource() {
            @Override
            public String name() {
                return hand.name();
            }

            @Override
            public Evaluation evaluate(double[] weights) {
                Evaluation e = hand.evaluate(weights);
                double[] gradient = e.gradient().clone();
                gradient[w1] *= factor;
                return new Evaluation(e.loss(), gradient, e.forward(), e.neuronGradient(), e.unreliable());
            }
        };
    }

    @Override
    public ClosableSource autograd(NetworkSpec spec, Precision precision, boolean neuronGradients) {
        return real.autograd(spec, precision, neuronGradients);
    }

    @Override
    public GradientSource numeric(NetworkSpec spec) {
        return real.numeric(spec);
    }
}
