package bpdiff.gradient;

import bpdiff.BadInputException;
import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkSpec;

/** Chooses the hand derivation by the name given to {@code --manual}. */
public final class HandDerivations {

    private HandDerivations() {}

    /**
     * The default hand derivation: the homework's corrected formulas where they apply (the lecture network
     * with a sigmoid and the half-sse loss), the general chain rule everywhere else.
     *
     * @param spec the network
     * @return {@code corrected} or {@code general}
     */
    public static String defaultFor(NetworkSpec spec) {
        return homeworkApplies(spec) ? "corrected" : "general";
    }

    /**
     * Whether the homework-2 formulas describe this network.
     *
     * @param spec the network
     * @return true for the lecture network with a sigmoid and ½Σ(o−y)²
     */
    public static boolean homeworkApplies(NetworkSpec spec) {
        return spec.isLecture() && spec.activation() != Activation.RELU && spec.loss() == LossFunction.HALF_SSE;
    }

    /**
     * Creates a hand derivation.
     *
     * @param id {@code buggy}, {@code corrected} or {@code general}
     * @param spec the network
     * @return the source
     * @throws BadInputException if the id is unknown or the homework's formulas do not fit the network
     */
    public static GradientSource create(String id, NetworkSpec spec) {
        return switch (id) {
            case "buggy" -> new PublishedHomework2(spec, PublishedHomework2.Variant.BUGGY);
            case "corrected" -> new PublishedHomework2(spec, PublishedHomework2.Variant.CORRECTED);
            case "general" -> new ChainRule(spec);
            default -> throw new BadInputException(
                    "unknown hand derivation '" + id + "', expected buggy, corrected or general", "--manual");
        };
    }
}
