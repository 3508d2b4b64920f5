package bpdiff.program.run;

import java.math.BigInteger;

/**
 * numpy's {@code PCG64} bit generator, seeded through its {@code SeedSequence}, so that
 * {@code np.random.default_rng(seed)} draws numpy's numbers to the last bit.
 *
 * <p>The state is a 128-bit linear congruential generator \( s \leftarrow s \cdot M + c \pmod{2^{128}} \) with
 * numpy's multiplier \( M \) and an odd increment \( c \); each 64-bit output is taken after a step,
 * {@code XSL-RR}: \( \mathrm{rotr}_{64}(\mathrm{hi}(s) \oplus \mathrm{lo}(s), s \gg 122) \). A 32-bit draw uses
 * the low half of an output and keeps its high half for the next 32-bit draw ({@code pcg64_next32}).
 *
 * <p>Seeding ({@code SeedSequence(seed).generate_state(4, uint64)}): the seed's 32-bit words (least significant
 * first) are hashed into a pool of four words and mixed; the pool gives four 64-bit words \( v \); then
 * \( c = 2 (v_2 2^{64} + v_3) + 1 \), \( s = 0 \), a step, \( s \mathrel{+}= v_0 2^{64} + v_1 \), a step.
 */
final class Pcg64 {

    private static final long MULTIPLIER_HIGH = 2549297995355413924L;
    private static final long MULTIPLIER_LOW = 4865540595714422341L;
    private static final int INIT_A = 0x43b0d7e5;
    private static final int MULT_A = 0x931e8875;
    private static final int INIT_B = 0x8b51f9dd;
    private static final int MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd;
    private static final int MIX_MULT_R = 0x4973f715;
    private static final int POOL_SIZE = 4;

    private long stateHigh;
    private long stateLow;
    private long incrementHigh;
    private long incrementLow;
    private boolean hasHalf;
    private int half;

    /**
     * @param entropy numpy's {@code SeedSequence} entropy as 32-bit words: an integer's {@link #words}, or those of a
     *     sequence of integers one after the other
     */
    Pcg64(int[] entropy) {
        long[] v = generateState(pool(entropy));
        incrementHigh = (v[2] << 1) | (v[3] >>> 63);
        incrementLow = (v[3] << 1) | 1;
        stateHigh = 0;
        stateLow = 0;
        step();
        long low = stateLow + v[1];
        stateHigh += v[0] + (Long.compareUnsigned(low, stateLow) < 0 ? 1 : 0);
        stateLow = low;
        step();
    }

    /** @return the next 64-bit output */
    long next64() {
        step();
        long xored = stateHigh ^ stateLow;
        return Long.rotateRight(xored, (int) (stateHigh >>> 58));
    }

    /** @return the next 32 bits, as an unsigned value: the low half of an output, then its high half */
    long next32() {
        if (hasHalf) {
            hasHalf = false;
            return half & 0xffffffffL;
        }
        long next = next64();
        hasHalf = true;
        half = (int) (next >>> 32);
        return next & 0xffffffffL;
    }

    /** @return uniform in [0, 1): the output's top 53 bits times \( 2^{-53} \) */
    double nextDouble() {
        return (next64() >>> 11) * 0x1.0p-53;
    }

    /** \( s \leftarrow s \cdot M + c \pmod{2^{128}} \). */
    private void step() {
        long high = Math.multiplyHigh(stateLow, MULTIPLIER_LOW) + ((stateLow >> 63) & MULTIPLIER_LOW)
                + ((MULTIPLIER_LOW >> 63) & stateLow) + stateLow * MULTIPLIER_HIGH + stateHigh * MULTIPLIER_LOW;
        long low = stateLow * MULTIPLIER_LOW;
        long sumLow = low + incrementLow;
        stateHigh = high + incrementHigh + (Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0);
        stateLow = sumLow;
    }

    /**
     * @param seed a non-negative integer
     * @return its 32-bit words, least significant first ({@code [0]} for 0)
     */
    static int[] words(BigInteger seed) {
        int count = Math.max(1, (seed.bitLength() + 31) / 32);
        int[] words = new int[count];
        for (int k = 0; k < count; k++) {
            words[k] = seed.shiftRight(32 * k).intValue();
        }
        return words;
    }

    /** {@code SeedSequence.mix_entropy}: the entropy hashed into four words, each mixed with every other. */
    private static int[] pool(int[] entropy) {
        int[] hash = {INIT_A};
        int[] pool = new int[POOL_SIZE];
        for (int i = 0; i < POOL_SIZE; i++) {
            pool[i] = hashMix(i < entropy.length ? entropy[i] : 0, hash);
        }
        for (int source = 0; source < POOL_SIZE; source++) {
            for (int target = 0; target < POOL_SIZE; target++) {
                if (source != target) {
                    pool[target] = mix(pool[target], hashMix(pool[source], hash));
                }
            }
        }
        for (int source = POOL_SIZE; source < entropy.length; source++) {
            for (int target = 0; target < POOL_SIZE; target++) {
                pool[target] = mix(pool[target], hashMix(entropy[source], hash));
            }
        }
        return pool;
    }

    private static int hashMix(int value, int[] hash) {
        value ^= hash[0];
        hash[0] *= MULT_A;
        value *= hash[0];
        return value ^ (value >>> 16);
    }

    private static int mix(int x, int y) {
        int result = MIX_MULT_L * x - MIX_MULT_R * y;
        return result ^ (result >>> 16);
    }

    /** {@code generate_state(4, uint64)}: eight hashed words of the pool, paired little-endian. */
    private static long[] generateState(int[] pool) {
        int hash = INIT_B;
        long[] state = new long[4];
        for (int i = 0; i < 8; i++) {
            int value = pool[i % POOL_SIZE] ^ hash;
            hash *= MULT_B;
            value *= hash;
            value ^= value >>> 16;
            state[i / 2] |= (value & 0xffffffffL) << (32 * (i % 2));
        }
        return state;
    }
}
