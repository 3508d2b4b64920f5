package bpdiff.program.run;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The generator behind Python's {@code random}: CPython's Mersenne Twister and the way CPython seeds it and
 * draws from it ({@code random.seed(n)} with the 32-bit words of |n|, a string seed with its SHA-512,
 * {@code getrandbits}, {@code _randbelow} by rejection, the cached second value of {@code gauss}), so that a
 * seeded program draws the numbers it draws under CPython. A program that never seeds it gets the numbers of
 * {@code random.seed(0)} (CPython seeds from the operating system, different in every run): a check is the
 * same every time it runs.
 */
final class PythonRandom {

    private final MersenneTwister generator = new MersenneTwister();
    private Double gaussNext;

    /** Seeds as {@code random.seed(0)}. */
    PythonRandom() {
        seed(BigInteger.ZERO);
    }

    /**
     * {@code random.seed(n)} for an integer.
     *
     * @param n the seed; its absolute value is used
     */
    void seed(BigInteger n) {
        BigInteger a = n.abs();
        int words = a.signum() == 0 ? 1 : (a.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int k = 0; k < words; k++) {
            key[k] = a.shiftRight(32 * k).intValue();
        }
        generator.seedByArray(key);
        gaussNext = null;
    }

    /**
     * {@code random.seed(s)} for a string: the integer of its UTF-8 bytes followed by their SHA-512.
     *
     * @param s the seed
     */
    void seed(String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
        byte[] all = new byte[text.length + digest.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(digest, 0, all, text.length, digest.length);
        seed(new BigInteger(1, all));
    }

    /** @return a float uniform in [0, 1) */
    double random() {
        return generator.nextDouble();
    }

    /**
     * @param k a number of bits, at least 0
     * @return an integer of {@code k} random bits
     */
    BigInteger getrandbits(int k) {
        if (k <= 32) {
            return k == 0 ? BigInteger.ZERO : BigInteger.valueOf(generator.nextInt32() >>> (32 - k));
        }
        BigInteger r = BigInteger.ZERO;
        int words = (k - 1) / 32 + 1;
        int left = k;
        for (int i = 0; i < words; i++) {
            long w = generator.nextInt32();
            if (left < 32) {
                w >>>= 32 - left;
            }
            r = r.or(BigInteger.valueOf(w).shiftLeft(32 * i));
            left -= 32;
        }
        return r;
    }

    /**
     * {@code _randbelow(n)}: draws of {@code n.bit_length()} bits until one is below {@code n}.
     *
     * @param n the bound, above 0
     * @return an integer in [0, n)
     */
    BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getrandbits(k);
        while (r.compareTo(n) >= 0) {
            r = getrandbits(k);
        }
        return r;
    }

    /**
     * @param n the bound, above 0
     * @return an integer in [0, n)
     */
    int below(int n) {
        return below(BigInteger.valueOf(n)).intValue();
    }

    /**
     * {@code gauss(mu, sigma)}: two normal numbers per pair of draws, the second kept for the next call.
     *
     * @param mu the mean
     * @param sigma the standard deviation
     * @return a normal number
     */
    double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * (2 * Math.PI);
            double g2rad = Math.sqrt(-2.0 * GlibcLog.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    /**
     * {@code normalvariate(mu, sigma)}: Kinderman and Monahan's ratio method.
     *
     * @param mu the mean
     * @param sigma the standard deviation
     * @return a normal number
     */
    double normalvariate(double mu, double sigma) {
        double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = magic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -GlibcLog.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }
}
