package bpdiff.gradient;

import bpdiff.BadInputException;
import bpdiff.Identified;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;

/**
 * The hand derivations {@code --manual} chooses from: homework 2's formulas as published or corrected
 * ({@link PublishedHomework2}), or the general chain rule ({@link ChainRule}) for any network.
 */
public enum HandDerivation implements Identified {
    /** The homework's published d_w1..d_w4, which add the output weights' gradients. */
    BUGGY("buggy"),
    /** The homework's formulas with the hidden layer's chain rule put right. */
    CORRECTED("corrected"),
    /** The layer-wise chain rule for any network, activation and loss. */
    GENERAL("general");

    private final String id;

    HandDerivation(String id) {
        this.id = id;
    }

    /** @return {@code buggy}, {@code corrected} or {@code general} */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()}, so that picocli lists and reads the ids */
    @Override
    public String toString() {
        return id;
    }

    /** @return whether this is one of the homework's own formula sets (only for the lecture network) */
    public boolean homework() {
        return this != GENERAL;
    }

    /**
     * The derivation as a gradient source, for comparisons.
     *
     * @param spec the network
     * @return {@link PublishedHomework2} or {@link ChainRule}
     * @throws BadInputException if the homework's formulas do not fit the network
     */
    public GradientSource source(NetworkSpec spec) {
        return homework() ? new PublishedHomework2(spec, this) : new ChainRule(spec);
    }

    /**
     * The derivation's allocation-free training path.
     *
     * @param spec the network
     * @return the stepper
     * @throws BadInputException if the homework's formulas do not fit the network
     */
    public HandStepper stepper(NetworkSpec spec) {
        return new HandStepper(spec, homework() ? new PublishedHomework2(spec, this) : null);
    }

    /**
     * The default hand derivation: the homework's corrected formulas where they apply (the lecture network
     * with a sigmoid and the half-sse loss), the general chain rule everywhere else.
     *
     * @param spec the network
     * @return {@link #CORRECTED} or {@link #GENERAL}
     */
    public static HandDerivation defaultFor(NetworkSpec spec) {
        return homeworkApplies(spec) ? CORRECTED : GENERAL;
    }

    /**
     * Whether the homework-2 formulas describe this network.
     *
     * @param spec the network
     * @return true for the lecture network with a sigmoid in every layer ({@code sigmoid} or {@code builtin-sigmoid})
     *     and ½Σ(o−y)²
     */
    public static boolean homeworkApplies(NetworkSpec spec) {
        return spec.isLecture() && spec.activations().stream().allMatch(Activation::isSigmoid)
                && spec.loss() == LossFunction.HALF_SSE;
    }

    /**
     * Finds a derivation by its id.
     *
     * @param id {@code buggy}, {@code corrected} or {@code general}
     * @param where where it was written
     * @return the derivation
     * @throws BadInputException if the id is unknown
     */
    public static HandDerivation parse(String id, String where) {
        return Identified.parse(HandDerivation.class, id, "hand derivation", where);
    }
}
