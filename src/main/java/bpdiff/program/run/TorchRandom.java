package bpdiff.program.run;

import bpdiff.program.array.DType;

/**
 * PyTorch's CPU generator ({@code CPUGeneratorImpl}) on {@link MersenneTwister}, so that a seeded program draws the
 * numbers PyTorch draws: {@code torch.manual_seed(s)} is {@code init_genrand} with the seed's low 32 bits and
 * forgets the cached normal samples. A program that never seeds gets the numbers of seed 0 (PyTorch seeds from the
 * operating system).
 *
 * <p>The draws, from ATen's {@code DistributionsHelper.h} and {@code DistributionTemplates.h}: a float32 uniform is
 * the low 24 bits of one 32-bit draw over \( 2^{24} \), a float64 one the low 53 bits of a 64-bit draw (two 32-bit
 * draws, the first high) over \( 2^{53} \). A normal sample of a tensor of fewer than 16 elements is Box–Muller in
 * double from two float64 uniforms \( u_1, u_2 \): \( r = \sqrt{-2 \ln(1 - u_2)} \), \( \theta = 2 \pi u_1 \), the
 * value \( r \cos\theta \) and \( r \sin\theta \) kept for the next draw. From 16 elements on ({@code normal_fill})
 * every element first gets a uniform of the tensor's type, then each block of 16 becomes normals pairwise
 * (\( u_1 = 1 - x_j \), \( u_2 = x_{j+8} \), \( x_j = r \cos(2\pi u_2) \), \( x_{j+8} = r \sin(2\pi u_2) \)); a
 * remainder redraws the last 16 elements. (PyTorch's float32 {@code normal_fill} uses vectorised {@code log},
 * {@code cos}, {@code sin} on AVX2 machines, which may differ from these in the last bit.)
 */
final class TorchRandom {

    private final MersenneTwister generator = new MersenneTwister();
    private Double nextNormal;
    private long seed;

    TorchRandom() {
        seed(0);
    }

    /**
     * {@code torch.manual_seed(s)}.
     *
     * @param s the seed
     */
    void seed(long s) {
        seed = s;
        generator.seed(s & 0xffffffffL);
        nextNormal = null;
    }

    /** @return the last seed ({@code torch.initial_seed()}) */
    long initialSeed() {
        return seed;
    }

    /** @return 32 random bits */
    long random32() {
        return generator.nextInt32();
    }

    private long random64() {
        long hi = generator.nextInt32();
        long lo = generator.nextInt32();
        return hi << 32 | lo;
    }

    /**
     * @param type float32 or float64
     * @return a uniform number in [0, 1) as a tensor of that type draws it
     */
    double uniform(DType type) {
        if (type == DType.FLOAT64) {
            return (random64() & ((1L << 53) - 1)) * 0x1.0p-53;
        }
        return (random32() & ((1L << 24) - 1)) * 0x1.0p-24;
    }

    /** @return one normal sample of a small tensor, in double */
    private double normal() {
        if (nextNormal != null) {
            double cached = nextNormal;
            nextNormal = null;
            return cached;
        }
        double u1 = uniform(DType.FLOAT64);
        double u2 = uniform(DType.FLOAT64);
        double r = Math.sqrt(-2.0 * Math.log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        nextNormal = r * Math.sin(theta);
        return r * Math.cos(theta);
    }

    /**
     * {@code torch.rand}: uniform elements.
     *
     * @param n how many
     * @param type the tensor's type
     * @return the elements, each of the type
     */
    double[] rand(int n, DType type) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = type.cast(uniform(type));
        }
        return out;
    }

    /**
     * {@code torch.randn}: standard normal elements.
     *
     * @param n how many
     * @param type the tensor's type
     * @return the elements, each of the type
     */
    double[] randn(int n, DType type) {
        return normal(n, type, 0, 1);
    }

    /**
     * {@code tensor.normal_(mean, std)}: normal elements, \( \mu + \sigma z \) ({@code torch.randn} is
     * \( \mu = 0, \sigma = 1 \)); below 16 elements computed in double, from 16 on in the tensor's type.
     *
     * @param n how many
     * @param type the tensor's type
     * @param mean \( \mu \)
     * @param std \( \sigma \)
     * @return the elements, each of the type
     */
    double[] normal(int n, DType type, double mean, double std) {
        double[] out = new double[n];
        if (n < 16) {
            for (int k = 0; k < n; k++) {
                out[k] = type.cast(normal() * std + mean);
            }
            return out;
        }
        for (int k = 0; k < n; k++) {
            out[k] = uniform(type);
        }
        for (int k = 0; k + 16 <= n; k += 16) {
            fill16(out, k, type, mean, std);
        }
        if (n % 16 != 0) {
            for (int k = n - 16; k < n; k++) {
                out[k] = uniform(type);
            }
            fill16(out, n - 16, type, mean, std);
        }
        return out;
    }

    /**
     * {@code tensor.uniform_(from, to)}: \( u \cdot (to - from) + from \) in the tensor's type, rounded once, as
     * {@code uniform_real_distribution} computes it on an AVX2 machine ({@code torch.rand} is \( [0, 1) \)).
     *
     * @param n how many
     * @param type the tensor's type
     * @param from the lower bound
     * @param to the upper bound
     * @return the elements, each of the type
     */
    double[] uniform(int n, DType type, double from, double to) {
        double f = type.cast(from);
        double range = type.cast(type.cast(to) - f);
        double[] out = rand(n, type);
        for (int k = 0; k < n; k++) {
            // one rounding: PyTorch's CPU kernel, compiled for AVX2, contracts u * range + from to a fused multiply-add
            out[k] = type == DType.FLOAT32 ? Math.fma((float) out[k], (float) range, (float) f)
                    : type.cast(Math.fma(out[k], range, f));
        }
        return out;
    }

    /** {@code normal_fill_16} in the tensor's type: every intermediate rounded as C++ computes it there. */
    private static void fill16(double[] data, int from, DType type, double mean, double std) {
        double m = type.cast(mean);
        double sd = type.cast(std);
        for (int j = 0; j < 8; j++) {
            double u1 = type.cast(1 - data[from + j]);
            double u2 = data[from + j + 8];
            double radius = type.cast(Math.sqrt(type.cast(-2 * type.cast(Math.log(u1)))));
            double theta = type.cast(2.0 * Math.PI * u2); // 2.0f * pi<double> * u2 is a double, then stored
            data[from + j] = type.cast(type.cast(type.cast(radius * type.cast(Math.cos(theta))) * sd) + m);
            data[from + j + 8] = type.cast(type.cast(type.cast(radius * type.cast(Math.sin(theta))) * sd) + m);
        }
    }

    /**
     * {@code torch.randint(low, high)}: one draw of 32 bits (64 for a range of \( 2^{32} \) or more) modulo the range.
     *
     * @param low the smallest value
     * @param high one past the largest
     * @return the value
     */
    long randint(long low, long high) {
        long range = high - low;
        if (range >= 1L << 32) {
            return Long.remainderUnsigned(random64(), range) + low;
        }
        return random32() % range + low;
    }
}
