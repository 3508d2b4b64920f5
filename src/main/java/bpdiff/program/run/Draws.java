package bpdiff.program.run;

/**
 * The draws numpy's distributions are built from, by a generator: the legacy {@code np.random} and
 * {@code RandomState} ({@link NumpyRandom}) or a {@code np.random.default_rng} {@code Generator}
 * ({@link NumpyGenerator}). Each draws numpy's numbers by numpy's own algorithm.
 */
interface Draws {

    /** @return uniform in [0, 1) */
    double uniform();

    /** @return a standard normal number */
    double normal();

    /**
     * @param low the smallest value
     * @param high one past the largest, above {@code low}
     * @return a uniform integer in {@code [low, high)}
     */
    long integer(long low, long high);

    /**
     * {@code random_interval(max)}: what {@code shuffle} and {@code permutation} draw.
     *
     * @param max the largest value, at least 0
     * @return a uniform integer in {@code [0, max]}
     */
    long interval(long max);
}
