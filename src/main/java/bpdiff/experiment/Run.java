package bpdiff.experiment;

import bpdiff.diff.Mode;
import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;

/**
 * One three-way comparison an experiment asks for (hand derivation, autograd, finite differences), stated before
 * anything runs so that the runner can train every run's autograd side batched ({@link Lab#prepare}).
 *
 * @param label what is compared, for the summary, e.g. {@code relu float32}
 * @param spec the network with its initial weights, step and epochs
 * @param dtype autograd's precision
 * @param mode {@link Mode#INDEPENDENT} (each side trains its own weights) or {@link Mode#LOCKSTEP}
 * @param derivation the hand derivation
 */
public record Run(String label, NetworkSpec spec, Precision dtype, Mode mode, HandDerivation derivation) {

    /**
     * Independent training with the default hand derivation ({@link HandDerivation#defaultFor}).
     *
     * @param label what is compared
     * @param spec the network
     * @param dtype autograd's precision
     */
    public static Run of(String label, NetworkSpec spec, Precision dtype) {
        return new Run(label, spec, dtype, Mode.INDEPENDENT, HandDerivation.defaultFor(spec));
    }

    /**
     * Independent training with a chosen hand derivation.
     *
     * @param label what is compared
     * @param spec the network
     * @param dtype autograd's precision
     * @param derivation the hand derivation
     */
    public static Run of(String label, NetworkSpec spec, Precision dtype, HandDerivation derivation) {
        return new Run(label, spec, dtype, Mode.INDEPENDENT, derivation);
    }
}
