package bpdiff.program.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * MT19937 against the numbers CPython 3.11.2 and numpy 1.24.2 (Debian bookworm) draw. Extracted from:
 * {@code random.seed(1); [random.random() for _ in range(3)]}, {@code random.seed(12345678901234567890);
 * random.random()} and {@code np.random.seed(1); np.random.random_sample(3)}.
 */
class MersenneTwisterTest {

    @Test
    void numpySeedIsInitGenrand() {
        MersenneTwister mt = new MersenneTwister();
        mt.seed(1);
        assertEquals(0.417022004702574, mt.nextDouble(), 0);
        assertEquals(0.7203244934421581, mt.nextDouble(), 0);
        assertEquals(0.00011437481734488664, mt.nextDouble(), 0);
    }

    @Test
    void pythonSeedIsInitByArrayOfTheSeedsWords() {
        MersenneTwister mt = new MersenneTwister();
        mt.seedByArray(new int[] {1});
        assertEquals(0.13436424411240122, mt.nextDouble(), 0);
        assertEquals(0.8474337369372327, mt.nextDouble(), 0);
        assertEquals(0.763774618976614, mt.nextDouble(), 0);
        long big = Long.parseUnsignedLong("12345678901234567890");
        mt.seedByArray(new int[] {(int) big, (int) (big >>> 32)});
        assertEquals(0.5120180983871961, mt.nextDouble(), 0);
    }
}
