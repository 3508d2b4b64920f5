package bpdiff.experiment;

import bpdiff.gradient.BatchedAutograd;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;

/**
 * Where experiments get their gradient sources: the hand derivations, DJL autograd and finite
 * differences.
 *
 * <p>{@link #standard()} is what {@code bpdiff run} uses. A test passes its own implementation (for
 * example one whose hand chain rule is wrong on purpose) and checks that the experiments that depend on it
 * report a failed finding.
 */
public interface Sources {

    /**
     * A hand derivation.
     *
     * @param derivation the homework's formulas (buggy or corrected) or the general chain rule
     * @param spec the network
     */
    GradientSource hand(HandDerivation derivation, NetworkSpec spec);

    /**
     * DJL autograd on the PyTorch engine.
     *
     * @param spec the network
     * @param precision float32 or float64
     * @param neuronGradients whether to also compute \( \partial L / \partial in \) and
     *     \( \partial L / \partial out \) of every neuron (needed by {@link bpdiff.diff.Comparison}'s
     *     localisation; off for timing)
     * @return the source, to be closed by the caller
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    ClosableSource autograd(NetworkSpec spec, Precision precision, boolean neuronGradients);

    /**
     * Central finite differences, the referee.
     *
     * @param spec the network
     */
    GradientSource numeric(NetworkSpec spec);

    /**
     * DJL autograd on many configurations of one network at once (its initial weights and steps as a tensor axis),
     * as {@link Lab#prepare} trains the runs of all experiments.
     *
     * @param spec the network
     * @param precision float32 or float64
     * @return the batched trainer, to be closed by the caller
     * @throws bpdiff.gradient.EngineUnavailableException if the engine cannot start
     */
    default BatchedAutograd batchedAutograd(NetworkSpec spec, Precision precision) {
        return new BatchedAutograd(spec, precision);
    }

    /** @return the real sources: {@code HandDerivation}, {@code DjlAutograd}, {@code FiniteDifferences} */
    static Sources standard() {
        return new StandardSources();
    }
}
