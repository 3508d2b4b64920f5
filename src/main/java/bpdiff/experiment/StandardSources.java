package bpdiff.experiment;

import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.Evaluation;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.gradient.Step;
import bpdiff.network.NetworkSpec;

/** The real gradient sources, as {@code bpdiff compare} uses them. */
final class StandardSources implements Sources {

    @Override
    public GradientSource hand(HandDerivation derivation, NetworkSpec spec) {
        return derivation.source(spec);
    }

    @Override
    public ClosableSource autograd(NetworkSpec spec, Precision precision, boolean neuronGradients) {
        DjlAutograd autograd = new DjlAutograd(spec, precision, neuronGradients);
        return new ClosableSource() {
            @Override
            public String name() {
                return autograd.name();
            }

            @Override
            public Evaluation evaluate(double[] weights) {
                return autograd.evaluate(weights);
            }

            @Override
            public Step step(double[] weights, double learningRate, boolean[] trainable) {
                return autograd.step(weights, learningRate, trainable);
            }

            @Override
            public void close() {
                autograd.close();
            }
        };
    }

    @Override
    public GradientSource numeric(NetworkSpec spec) {
        return new FiniteDifferences(spec);
    }
}
