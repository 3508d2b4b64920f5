package bpdiff.program.run;

import java.util.SplittableRandom;

/**
 * The generator behind {@code np.random}: seeded by {@code np.random.seed(n)} (seed 0 if the program never
 * seeds it), the same numbers on every machine and every run. It is Java's {@link SplittableRandom}
 * (SplitMix64), not numpy's Mersenne Twister: a program gets other random numbers than under numpy, which
 * does not matter for checking its gradients at the weights it has. Normal numbers come from the
 * Box–Muller transform \( \sqrt{-2 \ln u_1} \cos(2\pi u_2) \).
 */
final class NumpyRandom {

    private SplittableRandom generator = new SplittableRandom(0);
    private double spare = Double.NaN;

    /**
     * @param seed the seed
     */
    void seed(long seed) {
        generator = new SplittableRandom(seed);
        spare = Double.NaN;
    }

    /** @return a number uniform in [0, 1) */
    double uniform() {
        return generator.nextDouble();
    }

    /** @return a standard normal number */
    double normal() {
        if (!Double.isNaN(spare)) {
            double value = spare;
            spare = Double.NaN;
            return value;
        }
        double u1 = 1 - generator.nextDouble();
        double u2 = generator.nextDouble();
        double radius = Math.sqrt(-2 * Math.log(u1));
        spare = radius * Math.sin(2 * Math.PI * u2);
        return radius * Math.cos(2 * Math.PI * u2);
    }
}
