package bpdiff.program.run;

/**
 * MT19937, the generator behind both CPython's {@code random} and numpy's legacy {@code np.random}
 * (Matsumoto and Nishimura, 1998), so that a seeded program draws the numbers it draws under CPython.
 *
 * <p>Seeding follows the reference code: {@link #seed(long)} is {@code init_genrand} (numpy's
 * {@code np.random.seed(n)} for {@code 0 <= n < 2^32}), {@link #seedByArray(int[])} is {@code init_by_array}
 * (CPython's {@code random.seed(n)} with the 32-bit words of {@code |n|}, least significant first). A double
 * in [0, 1) is {@code (a·2^26 + b) / 2^53} with {@code a} the top 27 and {@code b} the top 26 bits of two
 * draws, as both libraries compute it.
 */
final class MersenneTwister {

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] state = new int[N];
    private int index = N + 1;

    /**
     * {@code init_genrand(s)}.
     *
     * @param seed the seed; its low 32 bits are used
     */
    void seed(long seed) {
        state[0] = (int) seed;
        for (index = 1; index < N; index++) {
            int previous = state[index - 1];
            state[index] = 1812433253 * (previous ^ (previous >>> 30)) + index;
        }
    }

    /**
     * {@code init_by_array(key)}.
     *
     * @param key the key words (at least one)
     */
    void seedByArray(int[] key) {
        seed(19650218L);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int previous = state[i - 1];
            state[i] = (state[i] ^ ((previous ^ (previous >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int previous = state[i - 1];
            state[i] = (state[i] ^ ((previous ^ (previous >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x80000000;
    }

    /** @return the next 32 random bits, as an unsigned value in [0, 2^32) */
    long nextInt32() {
        if (index >= N) {
            if (index == N + 1) {
                seed(5489L);
            }
            generate();
        }
        int y = state[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** @return a double uniform in [0, 1) with 53 random bits ({@code genrand_res53}) */
    double nextDouble() {
        long a = nextInt32() >>> 5;
        long b = nextInt32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** @return the internal state words and position, for {@code getstate()}-like copies */
    MersenneTwister copy() {
        MersenneTwister copy = new MersenneTwister();
        System.arraycopy(state, 0, copy.state, 0, N);
        copy.index = index;
        return copy;
    }

    private void generate() {
        for (int k = 0; k < N; k++) {
            int y = (state[k] & UPPER_MASK) | (state[(k + 1) % N] & LOWER_MASK);
            int next = state[(k + M) % N] ^ (y >>> 1);
            state[k] = (y & 1) != 0 ? next ^ MATRIX_A : next;
        }
        index = 0;
    }
}
