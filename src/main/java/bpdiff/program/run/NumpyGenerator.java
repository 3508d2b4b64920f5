package bpdiff.program.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The generator behind {@code np.random.default_rng(seed)}: numpy's {@code Generator} on {@link Pcg64}, drawing
 * numpy's numbers to the last bit.
 *
 * <p>Its algorithms: a uniform double is 53 bits of one output; a standard normal is the ziggurat method of 256
 * strips ({@code random_standard_normal}): from one output \( r \), strip \( i = r \mathbin{\&} 255 \), a sign bit
 * and 52 bits \( a \); \( x = a\,w_i \) is returned when \( a < k_i \); otherwise strip 0 draws from the tail
 * beyond \( R \) (\( x = -\log(1-u_1)/R \), \( y = -\log(1-u_2) \) until \( 2y > x^2 \), giving \( R + x \)), and
 * another strip keeps \( x \) when \( f_{i} + u (f_{i-1} - f_i) < e^{-x^2/2} \), else draws again. The tables
 * \( w, k, f \) are numpy's, recovered from numpy's own draws by {@code tools/ziggurat_tables.py}. Bounded integers
 * are Lemire's multiply-and-reject ({@code integers} does not mask as the legacy {@code randint} does): 32-bit
 * draws while the range fits in them.
 */
final class NumpyGenerator implements Draws {

    private static final double TAIL = 3.6541528853610087963519472518;
    private static final double INVERSE_TAIL = 0.27366123732975827203338247596;
    private static final double[] WI = new double[256];
    private static final long[] KI = new long[256];
    private static final double[] FI = new double[256];

    static {
        try (InputStream in = NumpyGenerator.class.getResourceAsStream("/bpdiff/program/ziggurat-normal.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#")) {
                    String[] field = line.split(" ");
                    int i = Integer.parseInt(field[0]);
                    WI[i] = Double.parseDouble(field[1]);
                    KI[i] = Long.parseLong(field[2].substring(2), 16);
                    FI[i] = Double.parseDouble(field[3]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Pcg64 bits;

    /**
     * @param entropy the seed's 32-bit words ({@link Pcg64#Pcg64(int[])})
     */
    NumpyGenerator(int[] entropy) {
        bits = new Pcg64(entropy);
    }

    @Override
    public double uniform() {
        return bits.nextDouble();
    }

    @Override
    public double normal() {
        while (true) {
            long r = bits.next64();
            int idx = (int) (r & 0xff);
            r >>>= 8;
            boolean negative = (r & 1) != 0;
            long rabs = (r >>> 1) & 0x000fffffffffffffL;
            double x = rabs * WI[idx];
            if (negative) {
                x = -x;
            }
            if (rabs < KI[idx]) {
                return x;
            }
            if (idx == 0) {
                while (true) {
                    double xx = -INVERSE_TAIL * StrictMath.log1p(-bits.nextDouble());
                    double yy = -StrictMath.log1p(-bits.nextDouble());
                    if (yy + yy > xx * xx) {
                        return ((rabs >>> 8) & 1) != 0 ? -(TAIL + xx) : TAIL + xx;
                    }
                }
            }
            if ((FI[idx - 1] - FI[idx]) * bits.nextDouble() + FI[idx] < StrictMath.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    @Override
    public long integer(long low, long high) {
        return low + bounded(high - 1 - low);
    }

    /** {@code random_interval(max)}: masked rejection, 32-bit draws while {@code max} fits in them. */
    @Override
    public long interval(long max) {
        return NumpyRandom.masked(max, bits::next32, bits::next64);
    }

    /** A uniform integer in [0, rng] (unsigned), Lemire's method ({@code random_bounded_uint64_fill}). */
    private long bounded(long rng) {
        if (rng == 0) {
            return 0;
        }
        if (rng == 0xffffffffL) {
            return bits.next32();
        }
        if (Long.compareUnsigned(rng, 0xffffffffL) < 0) {
            long excluded = rng + 1;
            long m = bits.next32() * excluded;
            long leftover = m & 0xffffffffL;
            if (leftover < excluded) {
                long threshold = (0xffffffffL - rng) % excluded;
                while (leftover < threshold) {
                    m = bits.next32() * excluded;
                    leftover = m & 0xffffffffL;
                }
            }
            return m >>> 32;
        }
        if (rng == -1L) {
            return bits.next64();
        }
        long excluded = rng + 1;
        long draw = bits.next64();
        long leftover = draw * excluded;
        if (Long.compareUnsigned(leftover, excluded) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, excluded);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                draw = bits.next64();
                leftover = draw * excluded;
            }
        }
        return unsignedMultiplyHigh(draw, excluded);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
