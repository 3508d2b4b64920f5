package bpdiff.network;

import bpdiff.BadInputException;
import bpdiff.Identified;
import java.util.SplittableRandom;

/**
 * Where the weights start: the spec's own values, seeded random numbers, or zeros.
 *
 * <p>{@link #RANDOM} draws every trainable parameter, in vector order, from \( U[0, 1) \) like
 * {@code torch.rand}, using {@link SplittableRandom} seeded with the given seed. Its algorithm (SplitMix64)
 * is fixed by the Java specification, so a seed gives the same weights on every run, JVM and platform.
 * Frozen parameters keep their values under every initialisation.
 */
public enum Initialization implements Identified {
    /** The values written in the spec (the lecture's w1..w8 = 0.2, −0.4, …). */
    GIVEN("given"),
    /** \( U[0, 1) \) from a seeded {@link SplittableRandom}. */
    RANDOM("random"),
    /** All trainable parameters 0: the symmetric start that never breaks symmetry. */
    ZERO("zero");

    private final String id;

    Initialization(String id) {
        this.id = id;
    }

    /** @return {@code given}, {@code random} or {@code zero} */
    @Override
    public String id() {
        return id;
    }

    /** @return {@link #id()}, so that picocli lists and reads the ids */
    @Override
    public String toString() {
        return id;
    }

    /**
     * Applies this initialisation to a network.
     *
     * @param spec the network
     * @param seed the seed for {@link #RANDOM}
     * @return the network with its initial values replaced
     */
    public NetworkSpec apply(NetworkSpec spec, long seed) {
        if (this == GIVEN) {
            return spec;
        }
        double[] initial = spec.initialWeights();
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = 0; p < initial.length; p++) {
            if (!spec.parameters().get(p).frozen()) {
                initial[p] = this == ZERO ? 0.0 : random.nextDouble();
            }
        }
        return spec.withInitialWeights(initial);
    }

    /**
     * Finds an initialisation by its id.
     *
     * @param id {@code given}, {@code random} or {@code zero}
     * @param where where it was written
     * @throws BadInputException if the id is unknown
     */
    public static Initialization parse(String id, String where) {
        return Identified.parse(Initialization.class, id, "initialisation", where);
    }
}
