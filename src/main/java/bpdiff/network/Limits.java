package bpdiff.network;

/**
 * The largest inputs bpdiff accepts. They keep a typing slip (an extra zero) from turning into an
 * hour-long run or an out-of-memory error, and are far above anything a homework needs.
 */
public final class Limits {

    /** The most epochs one run may have. */
    public static final int MAX_EPOCHS = 100_000;
    /** The most neurons in one layer. */
    public static final int MAX_LAYER_SIZE = 1_000;
    /** The most training samples in one network file. */
    public static final int MAX_SAMPLES = 10_000;

    private Limits() {}
}
