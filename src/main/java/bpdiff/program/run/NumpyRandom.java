package bpdiff.program.run;

import java.util.function.LongSupplier;

/**
 * The generator behind {@code np.random}: numpy's legacy {@code RandomState} on {@link MersenneTwister}, so that a
 * seeded program draws exactly the numbers it draws under numpy ({@code np.random.seed(1); np.random.randn(2, 3)}
 * gives numpy's six numbers to the last bit). A program that never seeds gets the numbers of seed 0 (numpy would
 * seed from the operating system).
 *
 * <p>The legacy algorithms: a uniform double is {@code genrand_res53}; a standard normal is Marsaglia's polar
 * method with the second value cached ({@code legacy_gauss}: \( x_1, x_2 \) uniform in \( (-1, 1) \) until
 * \( 0 < r^2 = x_1^2 + x_2^2 < 1 \), then \( f = \sqrt{-2 \ln r^2 / r^2} \), return \( f x_2 \), keep
 * \( f x_1 \)); bounded integers draw 32 (or 64) bits masked to the smallest \( 2^b - 1 \ge \) range and reject
 * until in range ({@code random_bounded_uint64_fill} with {@code use_masked}, {@code random_interval}).
 */
final class NumpyRandom implements Draws {

    private final MersenneTwister generator = new MersenneTwister();
    private boolean hasGauss;
    private double gauss;

    NumpyRandom() {
        seed(0);
    }

    /**
     * {@code np.random.seed(n)}: {@code init_genrand(n)}, and the cached normal forgotten.
     *
     * @param seed the seed, \( 0 \le n < 2^{32} \)
     * @throws ProgramError outside that range, as numpy refuses it
     */
    void seed(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new ProgramError("Seed must be between 0 and 2**32 - 1");
        }
        generator.seed(seed);
        hasGauss = false;
        gauss = 0;
    }

    /** @return {@code random_sample()}: uniform in [0, 1), 53 random bits */
    @Override
    public double uniform() {
        return generator.nextDouble();
    }

    /** @return {@code legacy_gauss()}: a standard normal number */
    @Override
    public double normal() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * generator.nextDouble() - 1.0;
            x2 = 2.0 * generator.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * GlibcLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /**
     * {@code randint(low, high)} for one number: {@code off + masked(rng)} with \( rng = high - 1 - low \).
     *
     * @param low the smallest value
     * @param high one past the largest, above {@code low}
     * @return a uniform integer in {@code [low, high)}
     */
    @Override
    public long integer(long low, long high) {
        return low + bounded(high - 1 - low);
    }

    /**
     * {@code random_interval(max)}: what the legacy {@code shuffle} and {@code permutation} draw.
     *
     * @param max the largest value, at least 0
     * @return a uniform integer in {@code [0, max]}
     */
    @Override
    public long interval(long max) {
        return bounded(max);
    }

    /** A uniform integer in [0, rng] by masked rejection; 32-bit draws while the range fits in them. */
    private long bounded(long rng) {
        return masked(rng, generator::nextInt32, () -> (generator.nextInt32() << 32) | generator.nextInt32());
    }

    /**
     * numpy's masked rejection ({@code random_interval}, the legacy bounded integers): draws masked to the smallest
     * \( 2^b - 1 \ge \) {@code max} until one is at most {@code max}.
     *
     * @param max the largest value (unsigned), at least 0
     * @param next32 32 random bits
     * @param next64 64 random bits
     * @return a uniform integer in {@code [0, max]}
     */
    static long masked(long max, LongSupplier next32, LongSupplier next64) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        for (int shift = 1; shift < 64; shift <<= 1) {
            mask |= mask >>> shift;
        }
        long value;
        if (Long.compareUnsigned(max, 0xffffffffL) <= 0) {
            do {
                value = next32.getAsLong() & mask;
            } while (value > max);
        } else {
            do {
                value = next64.getAsLong() & mask;
            } while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }
}
